import type { Transaction } from 'dexie';
import type { CorpusDocument, DocumentMeta } from '../../../../core/model/types';
import type { SchemaVersion } from './schema-version';
import { schemaV1 } from './v1-initial';

/** A body as version 2 stored it (frozen: later versions add fields, this one never does). */
type V2Body = Pick<CorpusDocument, 'id' | 'text' | 'blocks' | 'marks'>;

/** Documents moved per step of the upgrade, so a large corpus is never all in memory at once. */
const UPGRADE_CHUNK = 50;

/**
 * Moves every document body (`text`, `blocks`, `marks`) from `documents` into `documentTexts`,
 * keyed by the document id. Reads ids first, then whole rows a chunk at a time.
 */
export async function splitDocumentTexts(tx: Transaction): Promise<void> {
  const documents = tx.table<CorpusDocument | DocumentMeta, string>('documents');
  const texts = tx.table<V2Body, string>('documentTexts');
  const ids = await documents.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_CHUNK) {
    const rows = await documents.bulkGet(ids.slice(i, i + UPGRADE_CHUNK));
    const metas: DocumentMeta[] = [];
    const bodies: V2Body[] = [];
    for (const row of rows) {
      if (row === undefined || typeof (row as Partial<CorpusDocument>).text !== 'string') continue;
      const { text, blocks, marks, ...meta } = row as CorpusDocument;
      metas.push(meta);
      bodies.push({ id: meta.id, text, blocks, marks });
    }
    await texts.bulkPut(bodies);
    await documents.bulkPut(metas);
  }
}

/**
 * Schema version 2: document bodies live in their own `documentTexts` table, so listing a
 * project's documents (the corpus panel) reads metadata only and never every text.
 */
export const schemaV2: SchemaVersion = {
  version: 2,
  stores: { ...schemaV1.stores, documentTexts: 'id' },
  upgrade: splitDocumentTexts,
};
