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

/**
 * The versions the history's writes left, by `recordKey`, as the history keeps them in memory:
 * a map it updates in place, so recording a 15,000-annotation merge costs 15,000 map writes,
 * not a copy of every version written before (`WrittenVersions` is the stored form).
 */
export type WrittenLookup = ReadonlyMap<string, string | null>;

/** Notes in `written`, in place, the version each record of `set` was left at (null: erased). */
export function recordWritten(written: Map<string, string | null>, set: ChangeSet): void {
  for (const c of set.changes) {
    written.set(recordKey({ kind: c.kind, id: changedId(c) }), c.after ? versionOf(c.after) : null);
  }
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
function* restore(
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenLookup,
  direction: 'undo' | 'redo',
  ctx: EditContext,
  size: number,
): Generator<void, ChangeSet> {
  const header = { projectId: step.original.projectId, source: direction, label: step.label };
  const changes: RecordChange[] = [];
  const ordered =
    direction === 'undo' ? [...step.original.changes].reverse() : step.original.changes;
  for (let from = 0; from < ordered.length; from += size) {
    const slice: RecordChange[] = [];
    for (const change of ordered.slice(from, from + size)) {
      const key = recordKey({ kind: change.kind, id: changedId(change) });
      const now = current.get(key) ?? null;
      const nowVersion = now ? versionOf(now) : null;
      const wrote = written.get(key);
      if (wrote === undefined || nowVersion !== wrote) {
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
      slice.push({ kind: change.kind, before: now, after: restamped(target, ctx) } as RecordChange);
    }
    // Stamped slice by slice (a revision hash each): the same changes as all at once.
    for (const c of buildChangeSet(header, ctx, slice).changes) changes.push(c);
    if (from + size < ordered.length) yield;
  }
  const set = { ...buildChangeSet(header, ctx, []), changes };
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

/** Runs `restore` to the end at once. */
function restoreNow(steps: Generator<void, ChangeSet>): ChangeSet {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The change set that undoes (or redoes) a step, as `undoChangeSet` (`redoChangeSet`) builds
 * it, built `size` records at a time with `pause` between: undoing a merge of 15,000
 * annotations checks, re-stamps and hashes each one, which held the UI thread for a quarter of
 * a second in one task. Refused as they are, before anything is written.
 */
export async function restoreChangeSetInSteps(
  direction: 'undo' | 'redo',
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenLookup,
  ctx: EditContext,
  pause: () => Promise<void>,
  size = 500,
): Promise<ChangeSet> {
  const steps = restore(step, current, written, direction, ctx, size);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

/** The change set that undoes a step, stamped now. */
export function undoChangeSet(
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenLookup,
  ctx: EditContext,
) {
  return restoreNow(restore(step, current, written, 'undo', ctx, Infinity));
}

/** The change set that redoes an undone step, stamped now. */
export function redoChangeSet(
  step: HistoryStep,
  current: CurrentRecords,
  written: WrittenLookup,
  ctx: EditContext,
) {
  return restoreNow(restore(step, current, written, 'redo', ctx, Infinity));
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
