import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { createStorage } from '../storage';
import { isolatedIdb, makeAnnotation, makeDocument, makeProject } from '../test-fixtures';
import { schemaV5 } from './v5-orphans';

describe('migration to version 6: annotation snapshots', () => {
  it('opens a version 5 database with every record as it was and no snapshot yet', async () => {
    const idb = isolatedIdb();
    const project = makeProject();
    const doc = makeDocument(project.id, 'a.txt');
    const annotation = makeAnnotation(project.id, doc.id, ['c']);
    const v5 = new Dexie('v5-db', idb);
    v5.version(5).stores(schemaV5.stores);
    await v5.open();
    await v5.table('projects').put(project);
    await v5.table('projectAnnotations').put(annotation);
    v5.close();

    const db = openDatabase({ ...idb, name: 'v5-db' });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.projects.toArray()).toEqual([project]);
    expect(await createStorage(db).listRecords(project.id, 'annotation')).toEqual([annotation]);
    // No snapshot: the document's next open builds it from its records.
    expect(await createStorage(db).getAnnotationColumns(project.id, doc.id)).toBeUndefined();
    db.close();
  });
});
