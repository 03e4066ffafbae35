import type { MergeReport } from '../../core/merge/merge-result';
import { RECORD_KINDS } from '../../core/merge/diff-snapshots';

/** "12 new, 3 updated, 1 deleted, 2 in conflict" over all kinds, or "nothing new". */
export function describeCounts(r: MergeReport): string {
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
    total.purged && `${total.purged} purged here (not brought back)`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing new';
}

/** One line per conflict the merge added: which record, and whose version was kept aside. */
export function describeConflicts(r: MergeReport): string[] {
  return r.conflicts.map(
    (c) =>
      `conflict: ${c.kind} ${c.record.id}: kept ${c.record.deleted ? 'a deletion' : 'a version'} by ${c.record.updatedBy} (${c.record.updatedAt}) for review`,
  );
}
