import type { SchemaVersion } from './schema-version';

/**
 * Schema version 1, the first release: documents are stored whole (text, blocks and marks in the
 * same row as their metadata). Frozen: databases written by it exist on users' machines.
 *
 * Booleans cannot be IndexedDB keys, so `deleted` is never indexed; tombstones are filtered in
 * memory after an indexed read by project or document.
 */
export const schemaV1: SchemaVersion = {
  version: 1,
  stores: {
    settings: 'key',
    coders: 'id',
    projects: 'id',
    documents: 'id, projectId, [projectId+contentHash]',
    codes: 'id, projectId',
    annotations: 'id, projectId, documentId, [projectId+documentId]',
  },
};
