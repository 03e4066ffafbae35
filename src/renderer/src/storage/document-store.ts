import { newId } from '../../../core/ids/new-id';
import type { CorpusDocument, Id, ParsedDocument, Timestamp } from '../../../core/model/types';
import { ChunkedWriter, type BulkWriteOptions } from './chunked-write';
import type { MarginaliaDb } from './database';
import {
  joinDocument,
  splitDocument,
  toDocumentMeta,
  type DocumentBody,
  type DocumentMeta,
} from './rows';

/**
 * Documents, stored as metadata (`documents`) plus body (`documentTexts`), so listings never load
 * texts. Bodies never change after import; only metadata (name, memo, tombstone) is rewritten.
 */
export interface DocumentStore {
  /** The project's documents without their bodies, deleted ones included, in import order. */
  listDocuments(projectId: Id): Promise<DocumentMeta[]>;
  /** A document's canonical text, blocks and marks. */
  getDocumentBody(id: Id): Promise<DocumentBody | undefined>;
  /** A whole document, metadata and body read in one transaction. */
  getDocument(id: Id): Promise<CorpusDocument | undefined>;
  /**
   * Adds parsed documents to a project, stamped by `coderId` at `now`, in ONE transaction written
   * in chunks: either every document lands or none does (also when cancelled through
   * `options.signal`). Returns the created records in the order given.
   */
  addDocuments(
    projectId: Id,
    parsed: readonly ParsedDocument[],
    coderId: Id,
    now: Timestamp,
    options?: BulkWriteOptions,
  ): Promise<CorpusDocument[]>;
  /** The project's documents (deleted ones included) whose content hash is one of `hashes`. */
  findByHash(projectId: Id, hashes: readonly string[]): Promise<DocumentMeta[]>;
  /** Rewrites a document's metadata (rename, memo, tombstone); a body passed along is ignored. */
  putDocumentMeta(doc: DocumentMeta | CorpusDocument): Promise<void>;
}

/** Builds the stored record for a newly imported document. */
export function newCorpusDocument(
  projectId: Id,
  parsed: ParsedDocument,
  coderId: Id,
  now: Timestamp,
): CorpusDocument {
  return {
    ...parsed,
    id: newId(),
    projectId,
    importedAt: now,
    memo: '',
    createdBy: coderId,
    createdAt: now,
    updatedBy: coderId,
    updatedAt: now,
    deleted: false,
  };
}

/** The documents part of the storage API, over `db`. */
export function createDocumentStore(db: MarginaliaDb): DocumentStore {
  return {
    listDocuments: (projectId) => db.documents.where('projectId').equals(projectId).toArray(),
    getDocumentBody: (id) => db.documentTexts.get(id),
    getDocument: (id) =>
      db.transaction('r', db.documents, db.documentTexts, async () => {
        const [meta, body] = await Promise.all([db.documents.get(id), db.documentTexts.get(id)]);
        return meta && body ? joinDocument(meta, body) : undefined;
      }),
    addDocuments: (projectId, parsed, coderId, now, options) => {
      const created = parsed.map((p) => newCorpusDocument(projectId, p, coderId, now));
      const writer = new ChunkedWriter(created.length, options);
      return db.transaction('rw', db.documents, db.documentTexts, async () => {
        await writer.write(created, async (chunk) => {
          const rows = chunk.map(splitDocument);
          await db.documentTexts.bulkAdd(rows.map((r) => r.body));
          await db.documents.bulkAdd(rows.map((r) => r.meta));
        });
        return created;
      });
    },
    findByHash: (projectId, hashes) =>
      db.documents
        .where('[projectId+contentHash]')
        .anyOf(hashes.map((h) => [projectId, h]))
        .toArray(),
    putDocumentMeta: async (doc) => {
      await db.documents.put(toDocumentMeta(doc));
    },
  };
}
