import type { Annotation, Code, CorpusDocument, DocumentMeta, Project } from '../model/types';

/** The tables an undoable change can touch. */
export type PatchTable = 'documents' | 'codes' | 'annotations' | 'projects';

/** Any record that a patch can carry. */
export type PatchRecord = CorpusDocument | DocumentMeta | Code | Annotation | Project;

/**
 * One record's change: `before` null means it was created, `after` null means it was removed
 * (purged; ordinary deletes are tombstones, i.e. an `after` with `deleted: true`).
 */
export interface RecordChange {
  table: PatchTable;
  before: PatchRecord | null;
  after: PatchRecord | null;
}

/**
 * What one user action did to storage, as whole records before and after. Whole records (not
 * field diffs) keep undo trivially correct and let the storage layer write them in one
 * transaction.
 */
export type RecordPatch = RecordChange[];

/**
 * The patch that reverts `patch`: before and after swapped, in reverse order so that dependent
 * changes (e.g. a code created, then annotations pointing at it) unwind in the right order.
 */
export function invertPatch(patch: RecordPatch): RecordPatch {
  return patch.map((c) => ({ table: c.table, before: c.after, after: c.before })).reverse();
}
