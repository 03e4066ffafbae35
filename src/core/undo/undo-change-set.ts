import { buildChangeSet } from '../changes/build-change-set';
import { touched } from '../model/stamp';
import {
  changedId,
  versionOf,
  type AnyRecord,
  type ChangeSet,
  type EditContext,
  type RecordChange,
} from '../changes/change-set';

/** One undoable step: the user's change set as first applied. Plain data, so it persists. */
export interface HistoryStep {
  label: string;
  original: ChangeSet;
}

/**
 * The version the history last wrote for each record, by `recordKey` (null: erased). A record
 * stored at another version was changed by someone else since: undo and redo are refused.
 */
export type WrittenVersions = Record<string, string | null>;

/** A step's key for a record: kind and id. */
export function recordKey(change: Pick<RecordChange, 'kind'> & { id: string }): string {
  return `${change.kind}:${change.id}`;
}

/** The keys of the records a step touches, to read their current versions. */
export function stepRecords(step: HistoryStep): { kind: RecordChange['kind']; id: string }[] {
  return step.original.changes.map((c) => ({ kind: c.kind, id: changedId(c) }));
}

/** The versions written after `set` was applied over `written`. */
export function writtenAfter(written: WrittenVersions, set: ChangeSet): WrittenVersions {
  const next = { ...written };
  for (const c of set.changes) {
    next[recordKey({ kind: c.kind, id: changedId(c) })] = c.after ? versionOf(c.after) : null;
  }
  return next;
}

/** Undo or redo refused: a record the step touched changed since (another tab, an import, a merge). */
export class UndoRefusedError extends Error {
  override readonly name = 'UndoRefusedError';
}

/** Current records by `recordKey` (absent or undefined: no record). */
export type CurrentRecords = ReadonlyMap<string, AnyRecord | undefined>;

const BODY = new Set(['text', 'blocks', 'marks']);

/** A record's content restamped now by this coder, without a document body. */
function restamped(target: AnyRecord, ctx: EditContext): AnyRecord {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(target)) if (!BODY.has(k)) out[k] = v;
  return touched(out as unknown as AnyRecord, {}, ctx.coderId, ctx.now);
}

/**
 * Brings every record of a step to a target content as a NEW change set, stamped now: undo
 * targets what each record was before the step, redo what the step made. Refused (throws
 * `UndoRefusedError`, nothing built) when any record is no longer at the version the step left.
 * Undoing a creation leaves a tombstone, never erases: a merge must see it is gone.
 */
function restore(
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenVersions,
  direction: 'undo' | 'redo',
  ctx: EditContext,
): ChangeSet {
  const changes: RecordChange[] = [];
  const ordered =
    direction === 'undo' ? [...step.original.changes].reverse() : step.original.changes;
  for (const change of ordered) {
    const key = recordKey({ kind: change.kind, id: changedId(change) });
    const now = current.get(key) ?? null;
    const nowVersion = now ? versionOf(now) : null;
    if (!(key in written) || nowVersion !== written[key]) {
      throw new UndoRefusedError(
        `Cannot ${direction} “${step.label}”: the ${change.kind} changed since (in another tab, or by an import or merge). Nothing was changed.`,
      );
    }
    const target =
      direction === 'undo'
        ? (change.before ?? (change.after && { ...change.after, deleted: true }))
        : change.after;
    if (!target)
      throw new UndoRefusedError(`“${step.label}” erased records and cannot be ${direction}ne.`);
    changes.push({ kind: change.kind, before: now, after: restamped(target, ctx) } as RecordChange);
  }
  const set = buildChangeSet(
    { projectId: step.original.projectId, source: direction, label: step.label },
    ctx,
    changes,
  );
  // Conflicts a step kept or settled go back (undo) or again (redo) with its records.
  const { conflictsAdded = [], conflictsResolved = [] } = step.original;
  const [added, resolved] =
    direction === 'undo'
      ? [conflictsResolved, conflictsAdded]
      : [conflictsAdded, conflictsResolved];
  // So do the orphans it kept or dropped (a merge's carried annotations it could not place).
  const { orphansKept = [], orphansDropped = [] } = step.original;
  const [kept, dropped] =
    direction === 'undo' ? [orphansDropped, orphansKept] : [orphansKept, orphansDropped];
  return {
    ...set,
    ...(added.length ? { conflictsAdded: added } : {}),
    ...(resolved.length ? { conflictsResolved: resolved } : {}),
    ...(kept.length ? { orphansKept: kept } : {}),
    ...(dropped.length ? { orphansDropped: dropped } : {}),
  };
}

/** The change set that undoes a step, stamped now. */
export function undoChangeSet(
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenVersions,
  ctx: EditContext,
) {
  return restore(step, current, written, 'undo', ctx);
}

/** The change set that redoes an undone step, stamped now. */
export function redoChangeSet(
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenVersions,
  ctx: EditContext,
) {
  return restore(step, current, written, 'redo', ctx);
}

/**
 * The tombstones an undo made of records its step had created, by `recordKey`, at the version
 * the undo wrote. Undoing a creation is not a delete the user may want to restore (redo brings
 * it back), so the trash hides a record while it stays at exactly that version.
 */
export function undoneCreations(step: HistoryStep, undo: ChangeSet): Record<string, string> {
  const created = new Set(
    step.original.changes
      .filter((c) => c.before === null)
      .map((c) => recordKey({ kind: c.kind, id: changedId(c) })),
  );
  const out: Record<string, string> = {};
  for (const c of undo.changes) {
    const key = recordKey({ kind: c.kind, id: changedId(c) });
    if (created.has(key) && c.after?.deleted) out[key] = versionOf(c.after);
  }
  return out;
}
