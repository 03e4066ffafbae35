import Dexie, { type Table } from 'dexie';
import type { PurgedRecord } from '../../../core/model/snapshot';
import type { Code, Coder, Id, Project } from '../../../core/model/types';
import type {
  AnnotationColumnsRow,
  AnnotationPageRow,
  ConflictRow,
  DocumentBody,
  DocumentMeta,
  HistoryRow,
  HistoryStepRow,
  SettingRow,
} from './rows';
import { declareSchema } from './schema';

import { DATABASE_NAME } from '../../../shared/ipc/app-identity';

/** The IndexedDB name, frozen with the app's origin (see shared/ipc/app-identity). */
export { DATABASE_NAME };

/** A record's key inside a profile: its project and its id (see migration v3). */
export type RecordKey = [projectId: Id, id: Id];

/** The Marginalia database: Dexie with typed tables at the current schema version. */
export class MarginaliaDb extends Dexie {
  // `declare`: Dexie creates these properties itself; a class field would overwrite them.
  declare settings: Table<SettingRow, string>;
  declare coders: Table<Coder, Id>;
  declare projects: Table<Project, Id>;
  declare projectDocuments: Table<DocumentMeta, RecordKey>;
  declare projectTexts: Table<DocumentBody, RecordKey>;
  declare projectCodes: Table<Code, RecordKey>;
  declare annotationPages: Table<AnnotationPageRow, [Id, Id, string]>;
  declare purged: Table<PurgedRecord, [Id, string, Id]>;
  declare history: Table<HistoryRow, Id>;
  declare historySteps: Table<HistoryStepRow, [Id, string, number]>;
  declare conflicts: Table<ConflictRow, [Id, string]>;
  declare annotationColumns: Table<AnnotationColumnsRow, RecordKey>;

  constructor(name: string, options?: OpenDatabaseOptions) {
    super(name, {
      ...(options?.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options?.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    declareSchema(this);
  }
}

/** Where and how to open the database; tests pass fake-indexeddb's factory and a fresh name. */
export interface OpenDatabaseOptions {
  /** Defaults to `DATABASE_NAME`; only tests should change it. */
  name?: string;
  /** Defaults to the global `indexedDB`. */
  indexedDB?: IDBFactory;
  /** Defaults to the global `IDBKeyRange`; pass it together with `indexedDB`. */
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Creates the database handle. Dexie opens it (running any pending migrations) on first use;
 * call `db.open()` to surface open errors early, e.g. at start-up.
 */
export function openDatabase(options: OpenDatabaseOptions = {}): MarginaliaDb {
  return new MarginaliaDb(options.name ?? DATABASE_NAME, options);
}
