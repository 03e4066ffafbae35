import type { SchemaVersion } from './schema-version';
import { schemaV5 } from './v5-orphans';

/**
 * Schema version 6: `annotationColumns`, one compact snapshot per document of what painting
 * needs (typed arrays of starts, ends and code indexes; see core/index/annotation-columns.ts),
 * so a document with 100,000 annotations paints from one small record instead of reading every
 * full annotation first. Kept current in the transaction of every change set; a document
 * without one (every document of an older database) gets it built at its next open, so there
 * is no upgrade step.
 */
export const schemaV6: SchemaVersion = {
  version: 6,
  stores: {
    ...schemaV5.stores,
    annotationColumns: '[projectId+documentId], projectId',
  },
};
