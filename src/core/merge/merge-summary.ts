import type { ChangeSet } from '../changes/change-set';
import type { Id, Timestamp } from '../model/types';
import { RECORD_KINDS } from './diff-snapshots';
import type { MergeReport, MergeResult } from './merge-result';

/** What a merge brought, in a few words: "12 new, 3 updated, 2 in conflict", or "nothing new". */
export function mergeSummary(r: MergeReport): string {
  const total = { new: 0, updated: 0, deleted: 0, conflict: 0, purged: 0 };
  for (const kind of RECORD_KINDS) {
    for (const key of Object.keys(total) as (keyof typeof total)[])
      total[key] += r.counts[kind][key];
  }
  const parts = [
    total.new && `${total.new} new`,
    total.updated && `${total.updated} updated`,
    total.deleted && `${total.deleted} deleted`,
    total.conflict && `${total.conflict} in conflict`,
    total.purged && `${total.purged} purged`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing new';
}

/**
 * A merge as one change set with source `merge` (kept out of undo history, revertible as a
 * whole), named for the history: "Merged Ada's file: 312 new, 4 in conflict". The records come
 * stamped from the merged files: apply them as they are. Conflicts to keep or drop are in
 * `result.changes` (`conflictsAdded`, `conflictsResolved`), beside the change set.
 */
export function mergeChangeSet(
  result: MergeResult,
  header: { projectId: Id; coderId: Id; at: Timestamp; source: string },
): ChangeSet {
  return {
    projectId: header.projectId,
    source: 'merge',
    label: `Merged ${header.source}: ${mergeSummary(result.report)}`,
    coderId: header.coderId,
    at: header.at,
    changes: result.changes.records,
    purged: result.changes.purged,
  };
}
