/**
 * The storage layer's public face: the composition root opens storage here, the UI types against
 * `Storage`. Internals (rows, schema, chunking) stay private to this folder.
 */
export { DATABASE_NAME, MarginaliaDb, openDatabase, type OpenDatabaseOptions } from './database';
export { CURRENT_SCHEMA_VERSION } from './schema';
export { createStorage, openStorage, type Storage } from './storage';
export { requestPersistentStorage } from './persistence';
export { toDocumentMeta, type DocumentBody, type DocumentMeta } from './rows';
export type { SettingValues } from './settings-store';
export type { AgreementNeeds, AgreementReadStore, ProjectCoders } from './agreement-reads';
export type { TrashListing, TrashTable } from './trash-store';
export type { BulkWriteOptions, ProgressCallback } from './chunked-write';
export { ProjectExistsError, STAGED_IMPORT_STALE_MS } from './staged-import';
