import type { CorpusDocument, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';
import { joinDocument, type DocumentBody, type DocumentMeta } from './rows';

/**
 * Documents, stored as metadata (`projectDocuments`) plus body (`projectTexts`), so listings
 * never load texts. Bodies never change after import. Writes go through change sets.
 */
export interface DocumentStore {
  /** The project's documents without their bodies, deleted ones included. */
  listDocuments(projectId: Id): Promise<DocumentMeta[]>;
  /** A whole document, metadata and body read in one transaction. */
  getDocument(projectId: Id, id: Id): Promise<CorpusDocument | undefined>;
  /** The project's documents (deleted ones included) whose content hash is one of `hashes`. */
  findByHash(projectId: Id, hashes: readonly string[]): Promise<DocumentMeta[]>;
}

/** The documents part of the storage API, over `db`. */
export function createDocumentStore(db: MarginaliaDb): DocumentStore {
  return {
    listDocuments: (projectId) =>
      db.projectDocuments.where('projectId').equals(projectId).toArray(),
    getDocument: (projectId, id) =>
      db.transaction('r', db.projectDocuments, db.projectTexts, async () => {
        const [meta, body] = await Promise.all([
          db.projectDocuments.get([projectId, id]),
          db.projectTexts.get([projectId, id]),
        ]);
        return meta && body ? joinDocument(meta, body as DocumentBody) : undefined;
      }),
    findByHash: (projectId, hashes) =>
      db.projectDocuments
        .where('[projectId+contentHash]')
        .anyOf(hashes.map((h) => [projectId, h]))
        .toArray(),
  };
}
