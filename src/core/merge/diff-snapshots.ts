import type { RecordConflict } from '../model/conflict';
import { canonicalJson, contentHash, versionId } from '../model/revision';
import type { ProjectSnapshot, RecordKind } from '../model/snapshot';
import type { Stamped } from '../model/types';
import { conflictKey } from './combine';
import type { MergeChanges, MergeRecordChange, MergedSnapshot } from './merge-result';

/** Whether two copies of a record are the same version with the same content. */
export function sameRecord(a: Stamped, b: Stamped): boolean {
  return (
    a === b ||
    (versionId(a) === versionId(b) &&
      contentHash(a) === contentHash(b) &&
      (a as { text?: string }).text === (b as { text?: string }).text)
  );
}

const tables = [
  ['document', 'documents'],
  ['code', 'codes'],
  ['annotation', 'annotations'],
] as const;

/**
 * What turns `before` into `after`, for the repository to apply in one transaction: records
 * added, updated (with the version each replaces) and erased, new purge tombstones, new coders,
 * and conflicts added and settled.
 */
export function diffSnapshots(before: ProjectSnapshot, after: MergedSnapshot): MergeChanges {
  const records: MergeRecordChange[] = [];
  if (!sameRecord(before.project, after.project)) {
    records.push({ kind: 'project', before: before.project, after: after.project });
  }
  for (const [kind, table] of tables) {
    const old = new Map<string, Stamped>(before[table].map((r) => [r.id, r]));
    for (const r of after[table]) {
      const was = old.get(r.id);
      old.delete(r.id);
      if (!was) records.push({ kind, before: null, after: r } as MergeRecordChange);
      else if (!sameRecord(was, r))
        records.push({ kind, before: was, after: r } as MergeRecordChange);
    }
    for (const was of old.values())
      records.push({ kind, before: was, after: null } as MergeRecordChange);
  }
  const purgedBefore = new Set(before.purged.map((p) => `${p.kind}:${p.id}`));
  const codersBefore = new Set(before.coders.map((c) => canonicalJson(c)));
  const conflictsBefore = new Map((before.conflicts ?? []).map((c) => [conflictKey(c), c]));
  const conflictsAdded: RecordConflict[] = [];
  for (const c of after.conflicts) {
    if (!conflictsBefore.delete(conflictKey(c))) conflictsAdded.push(c);
  }
  return {
    records,
    purged: after.purged.filter((p) => !purgedBefore.has(`${p.kind}:${p.id}`)),
    coders: after.coders.filter((c) => !codersBefore.has(canonicalJson(c))),
    conflictsAdded,
    conflictsResolved: [...conflictsBefore.values()],
  };
}

/** The kinds of record a report counts, in display order. */
export const RECORD_KINDS: readonly RecordKind[] = ['project', 'document', 'code', 'annotation'];
