import type { SchemaVersion } from './schema-version';
import { schemaV7 } from './v7-annotation-pages';

/**
 * Schema version 8: the undo history's steps in rows of their own (`historySteps`, keyed
 * `[projectId+stepId+part]`, a large step cut into parts), the `history` row holding only the
 * steps' order and the versions the history wrote. Before, the one `history` row held every
 * step, so after a merge of thousands of annotations every later edit re-wrote that merge with
 * the history (63-160 ms on the UI thread per save). Nothing to move: a history row written by
 * version 7 still loads (storage/history-store.ts), and its next save writes the new rows.
 */
export const schemaV8: SchemaVersion = {
  version: 8,
  stores: {
    ...schemaV7.stores,
    historySteps: '[projectId+stepId+part]',
  },
};
