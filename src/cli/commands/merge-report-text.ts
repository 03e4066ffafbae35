import type { MergeReport } from '../../core/merge/merge-result';

/** One line per conflict the merge added: which record, and whose version was kept aside. */
export function describeConflicts(r: MergeReport): string[] {
  return r.conflicts.map(
    (c) =>
      `conflict: ${c.kind} ${c.record.id}: kept ${c.record.deleted ? 'a deletion' : 'a version'} by ${c.record.updatedBy} (${c.record.updatedAt}) for review`,
  );
}
