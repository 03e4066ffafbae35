import { describeRepositoryConformance } from '../../../core/repository/test-support/conformance';
import { openDatabase } from './database';
import { createDexieRepository } from './dexie-repository';
import { isolatedIdb } from './test-fixtures';

describeRepositoryConformance('Dexie repository (fake-indexeddb)', async () => {
  const db = openDatabase(isolatedIdb());
  await db.open();
  return createDexieRepository(db);
});
