import type { SchemaVersion } from './schema-version';
import { schemaV4 } from './v4-merge-conflicts';

/**
 * Schema version 5: an `orphans` table for annotations re-anchoring could not place on a
 * document's new text, or placed with doubt (see `Orphan` in orphan-store.ts), keyed by project
 * and id and listed per document. Nothing existing moves, so there is no upgrade step (a
 * version 3 or 4 database opens with every record as it was; Dexie keeps the tables of earlier
 * versions that this declaration does not name).
 */
export const schemaV5: SchemaVersion = {
  version: 5,
  stores: {
    ...schemaV4.stores,
    orphans: '[projectId+id], projectId, [projectId+documentId]',
  },
};
