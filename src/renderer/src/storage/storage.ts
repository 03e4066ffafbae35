import { createAgreementReadStore, type AgreementReadStore } from './agreement-reads';
import {
  createAnnotationColumnsStore,
  type AnnotationColumnsStore,
} from './annotation-columns-store';
import { createAnnotationStore, type AnnotationStore } from './annotation-store';
import { createCodeStore, type CodeStore } from './code-store';
import { openDatabase, type MarginaliaDb, type OpenDatabaseOptions } from './database';
import { createDexieRepository, type DexieRepository } from './dexie-repository';
import { createDocumentStore, type DocumentStore } from './document-store';
import { createHistoryStore, type HistoryStore } from './history-store';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createStagedImportStore, type StagedImportStore } from './staged-import';
import { createTrashStore, type TrashStore } from './trash-store';

/**
 * The whole storage API the workbench uses: core's `Repository` (the one way to change records:
 * `apply` a change set, checked and atomic; snapshots for export, import and backups) plus
 * indexed read-only views (documents, codes, a document's annotations, counts, the trash),
 * settings and the persisted undo history. Listings return tombstones (check `deleted`).
 */
export interface Storage
  extends
    DexieRepository,
    SettingsStore,
    DocumentStore,
    CodeStore,
    AnnotationStore,
    AnnotationColumnsStore,
    TrashStore,
    HistoryStore,
    StagedImportStore,
    AgreementReadStore {
  /** The database underneath, for `liveQuery` and tests; prefer the methods. */
  readonly db: MarginaliaDb;
  /** Closes the database connection (e.g. before deleting it, or in tests). */
  close(): void;
}

/** Builds the storage API over an open (or lazily opening) database; used by the composition root. */
export function createStorage(db: MarginaliaDb): Storage {
  return {
    ...createDexieRepository(db),
    ...createSettingsStore(db),
    ...createDocumentStore(db),
    ...createCodeStore(db),
    ...createAnnotationStore(db),
    ...createAnnotationColumnsStore(db),
    ...createTrashStore(db),
    ...createHistoryStore(db),
    ...createStagedImportStore(db),
    ...createAgreementReadStore(db),
    db,
    close: () => db.close(),
  };
}

/**
 * Opens the database and wraps it in the storage API; rejects if IndexedDB cannot be opened or a
 * migration fails, so the composition root can tell the user instead of failing later.
 */
export async function openStorage(options: OpenDatabaseOptions = {}): Promise<Storage> {
  const db = openDatabase(options);
  await db.open();
  return createStorage(db);
}
