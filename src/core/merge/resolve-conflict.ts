import type { RecordConflict } from '../model/conflict';
import { versionId, withRevision } from '../model/revision';
import type { ProjectSnapshot, RecordKind } from '../model/snapshot';
import type { Annotation, Id, Stamped, Timestamp } from '../model/types';
import type { MergeRecordChange, SnapshotRecordByKind } from './merge-result';

/** How the user settles a conflict. */
export type ConflictResolution =
  /** Keep one version (the live one or a losing one) as the record. */
  | { type: 'pick'; versionId: string }
  /** Annotations: keep the live one, and each losing version as a new annotation (ids given). */
  | { type: 'keep-both'; newIds: readonly Id[] }
  /** Annotations: keep the live one with the codes of every version. */
  | { type: 'combine-codes' };

/** Who resolves and when: the new version is stamped with these. */
export interface ResolveContext {
  coderId: Id;
  now: Timestamp;
}

/** What resolving writes, and the snapshot with it applied. */
export interface ConflictResolutionResult {
  /** Updates and added records, stamped; apply them as they are (the revision is set). */
  changes: MergeRecordChange[];
  /** The conflicts settled (remove them from storage). */
  resolved: RecordConflict[];
  snapshot: ProjectSnapshot;
}

const tables = { document: 'documents', code: 'codes', annotation: 'annotations' } as const;

function liveRecord(s: ProjectSnapshot, kind: RecordKind, id: Id): Stamped | undefined {
  if (kind === 'project') return s.project.id === id ? s.project : undefined;
  return (s[tables[kind]] as Stamped[]).find((r) => r.id === id);
}

function withRecords(s: ProjectSnapshot, kind: RecordKind, records: Stamped[]): ProjectSnapshot {
  if (kind === 'project') return { ...s, project: records[0] as SnapshotRecordByKind['project'] };
  const byId = new Map(records.map((r) => [r.id, r]));
  const list = s[tables[kind]] as Stamped[];
  const kept = list.map((r) => byId.get(r.id) ?? r);
  const added = records.filter((r) => !list.some((x) => x.id === r.id));
  return { ...s, [tables[kind]]: [...kept, ...added] };
}

/**
 * Settles the conflicts of one record. The new live version is one revision past the current
 * live one and names every losing version as an ancestor (`withRevision` keeps them), so a
 * teammate's file that still holds a losing version no longer conflicts with it: the resolution
 * travels. Throws when the record has no conflict, or a resolution does not fit its kind.
 */
export function resolveConflict(
  snapshot: ProjectSnapshot,
  kind: RecordKind,
  id: Id,
  resolution: ConflictResolution,
  ctx: ResolveContext,
): ConflictResolutionResult {
  const live = liveRecord(snapshot, kind, id);
  const losers = (snapshot.conflicts ?? []).filter((c) => c.kind === kind && c.record.id === id);
  if (!live || losers.length === 0)
    throw new Error(`The ${kind} ${id} has no conflict to resolve.`);
  const loserIds = losers.map((c) => versionId(c.record));
  const stamp = { updatedBy: ctx.coderId, updatedAt: ctx.now, revs: loserIds };
  const next = (content: Stamped): Stamped => withRevision(live, { ...content, ...stamp });
  const added: Annotation[] = [];
  let after: Stamped;
  switch (resolution.type) {
    case 'pick': {
      const chosen = [live, ...losers.map((c) => c.record as Stamped)].find(
        (r) => versionId(r) === resolution.versionId,
      );
      if (!chosen) throw new Error(`The ${kind} ${id} has no version ${resolution.versionId}.`);
      // A losing document version is kept without its text; the text is the live one's.
      const body = kind === 'document' ? { text: (live as { text?: string }).text } : {};
      after = next({ ...chosen, ...body, rev: live.rev });
      break;
    }
    case 'combine-codes': {
      if (kind !== 'annotation') throw new Error('Only annotations have codes to combine.');
      const all = [live, ...losers.map((c) => c.record)] as Annotation[];
      after = next({ ...live, codeIds: [...new Set(all.flatMap((a) => a.codeIds))] } as Annotation);
      break;
    }
    case 'keep-both': {
      if (kind !== 'annotation') throw new Error('Only annotations can be kept as two.');
      const copies = losers.filter((c) => !c.record.deleted);
      if (resolution.newIds.length < copies.length)
        throw new Error('An id is needed for each kept version.');
      after = next(live);
      copies.forEach((c, i) => {
        const { rev: _rev, revs: _revs, ...content } = c.record as Annotation;
        const copy = {
          ...content,
          id: resolution.newIds[i] as Id,
          createdBy: ctx.coderId,
          createdAt: ctx.now,
          updatedBy: ctx.coderId,
          updatedAt: ctx.now,
        };
        added.push(withRevision(null, copy));
      });
      break;
    }
  }
  const changes = [
    { kind, before: live, after },
    ...added.map((a) => ({ kind: 'annotation' as const, before: null, after: a })),
  ] as MergeRecordChange[];
  const settled = new Set(losers);
  let result = withRecords(snapshot, kind, [after]);
  if (added.length) result = withRecords(result, 'annotation', added);
  result = { ...result, conflicts: (snapshot.conflicts ?? []).filter((c) => !settled.has(c)) };
  return { changes, resolved: losers, snapshot: result };
}
