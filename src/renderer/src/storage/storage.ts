import { createAnnotationStore, type AnnotationStore } from './annotation-store';
import { createCodeStore, type CodeStore } from './code-store';
import { openDatabase, type MarginaliaDb, type OpenDatabaseOptions } from './database';
import { createDocumentStore, type DocumentStore } from './document-store';
import { createExchangeStore, type ExchangeStore } from './exchange-store';
import { createPatchStore, type PatchStore } from './patch-store';
import { createProjectStore, type ProjectStore } from './project-store';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createTrashStore, type TrashStore } from './trash-store';

/**
 * The whole storage API the workbench uses: write-through, async, every method one Dexie
 * transaction. Listings return tombstones too (check `deleted`) unless a method says otherwise;
 * the small derived views (counts, trash) are safe to wrap in Dexie's `liveQuery`.
 */
export interface Storage
  extends
    SettingsStore,
    ProjectStore,
    DocumentStore,
    CodeStore,
    AnnotationStore,
    PatchStore,
    TrashStore,
    ExchangeStore {
  /** The database underneath, for `liveQuery` and tests; prefer the methods. */
  readonly db: MarginaliaDb;
  /** Closes the database connection (e.g. before deleting it, or in tests). */
  close(): void;
}

/** Builds the storage API over an open (or lazily opening) database; used by the composition root. */
export function createStorage(db: MarginaliaDb): Storage {
  return {
    ...createSettingsStore(db),
    ...createProjectStore(db),
    ...createDocumentStore(db),
    ...createCodeStore(db),
    ...createAnnotationStore(db),
    ...createPatchStore(db),
    ...createTrashStore(db),
    ...createExchangeStore(db),
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
