import type { RecordConflict } from '../model/conflict';
import { versionId } from '../model/revision';
import type { ProjectSnapshot, RecordKind } from '../model/snapshot';
import type { Id, Stamped } from '../model/types';
import { conflictKey } from './combine';
import { RECORD_KINDS } from './diff-snapshots';
import type { IncomingMatch } from './match';
import type { IncomingOutcome, KindCounts, MergeReport, MergedSnapshot } from './merge-result';

const tables = { document: 'documents', code: 'codes', annotation: 'annotations' } as const;

/** Each snapshot's records by kind and id, the project included. */
function recordsOf(s: ProjectSnapshot): Record<RecordKind, Map<Id, Stamped>> {
  return {
    project: new Map([[s.project.id, s.project]]),
    document: new Map(s.documents.map((r) => [r.id, r])),
    code: new Map(s.codes.map((r) => [r.id, r])),
    annotation: new Map(s.annotations.map((r) => [r.id, r])),
  };
}

const zero = (): KindCounts => ({
  new: 0,
  updated: 0,
  deleted: 0,
  unchanged: 0,
  conflict: 0,
  purged: 0,
});

/**
 * Accounts for every incoming record: per kind how many are new, updated, deleted, unchanged,
 * in conflict or purged here, and for every incoming version (live or conflict) what became of
 * it, so the preview can say what a file brings and a test can check nothing was dropped.
 */
export function mergeReport(
  local: ProjectSnapshot,
  matched: IncomingMatch,
  merged: MergedSnapshot,
  sameProject: boolean,
): MergeReport {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, zero()])) as Record<
    RecordKind,
    KindCounts
  >;
  const before = recordsOf(local);
  const after = recordsOf(merged);
  const purged = new Set(merged.purged.map((p) => `${p.kind}:${p.id}`));
  const localConflicts = new Set((local.conflicts ?? []).map(conflictKey));
  const mergedConflicts = new Set(merged.conflicts.map(conflictKey));
  const leafRevs = new Map<string, Set<string>>();
  const addLeaf = (kind: RecordKind, r: Stamped) => {
    const key = `${kind}:${r.id}`;
    const set = leafRevs.get(key) ?? new Set<string>();
    for (const rev of r.revs ?? []) set.add(rev);
    leafRevs.set(key, set);
  };
  for (const kind of RECORD_KINDS) for (const r of after[kind].values()) addLeaf(kind, r);
  for (const c of merged.conflicts) addLeaf(c.kind, c.record);
  const newConflictIds = new Set(
    merged.conflicts
      .filter((c) => !localConflicts.has(conflictKey(c)))
      .map((c) => `${c.kind}:${c.record.id}`),
  );

  const outcomes: MergeReport['outcomes'] = [];
  const outcomeOf = (kind: RecordKind, r: Stamped): IncomingOutcome => {
    const v = versionId(r);
    const live = after[kind].get(r.id);
    if (!live) return 'purged';
    if (versionId(live) === v) {
      const was = before[kind].get(r.id);
      return was && versionId(was) === v ? 'unchanged' : 'applied';
    }
    if (mergedConflicts.has(`${kind}:${r.id}:${v}`)) return 'conflict';
    return leafRevs.get(`${kind}:${r.id}`)?.has(v) ? 'superseded' : 'purged';
  };

  const count = (kind: RecordKind, r: Stamped) => {
    const c = counts[kind];
    const live = after[kind].get(r.id);
    const was = before[kind].get(r.id);
    if (!live || purged.has(`${kind}:${r.id}`)) c.purged++;
    else if (newConflictIds.has(`${kind}:${r.id}`)) c.conflict++;
    else if (was && versionId(was) === versionId(live)) c.unchanged++;
    else if (!was) c.new++;
    else if (live.deleted && !was.deleted) c.deleted++;
    else c.updated++;
  };

  // Local records the incoming file purged (or that lived on a document it purged) are gone
  // from the project: counted, so the preview says so before the merge lands.
  for (const kind of RECORD_KINDS) {
    for (const id of before[kind].keys()) if (!after[kind].has(id)) counts[kind].purged++;
  }
  const incoming = matched.incoming;
  if (sameProject) {
    count('project', incoming.project);
    outcomes.push({
      kind: 'project',
      id: incoming.project.id,
      versionId: versionId(incoming.project),
      outcome: outcomeOf('project', incoming.project),
    });
  }
  for (const m of matched.matches) {
    counts[m.kind].unchanged++;
    outcomes.push({ kind: m.kind, id: m.incomingId, versionId: '', outcome: 'matched' });
  }
  for (const kind of ['document', 'code', 'annotation'] as const) {
    for (const r of incoming[tables[kind]]) {
      count(kind, r);
      outcomes.push({ kind, id: r.id, versionId: versionId(r), outcome: outcomeOf(kind, r) });
    }
  }
  for (const c of incoming.conflicts) {
    if (c.kind === 'project' && !sameProject) continue;
    outcomes.push({
      kind: c.kind,
      id: c.record.id,
      versionId: versionId(c.record),
      outcome: outcomeOf(c.kind, c.record),
    });
  }
  const conflicts: RecordConflict[] = merged.conflicts.filter(
    (c) => !localConflicts.has(conflictKey(c)),
  );
  return {
    counts,
    conflicts,
    unmatchedCodes: matched.unmatchedCodes,
    matches: matched.matches,
    outcomes,
  };
}
