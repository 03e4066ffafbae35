import type { ChangeSet } from '../changes/change-set';
import {
  recordKey,
  recordWritten,
  stepRecords,
  type HistoryStep,
  type WrittenVersions,
} from './undo-change-set';

/** A document record without its body (text, blocks, marks). */
function metaOf<T extends object>(record: T): T {
  if (!('text' in record) && !('blocks' in record)) return record;
  const { text: _t, blocks: _b, marks: _m, ...meta } = record as Record<string, unknown>;
  return meta as T;
}

/**
 * A step as the history keeps it: documents without their bodies. Undo and redo never write a
 * body (a document's text never changes), and a merge that brings whole documents would
 * otherwise keep their texts in the saved history, re-written after every later edit.
 */
function withoutBodies(set: ChangeSet): ChangeSet {
  if (!set.changes.some((c) => c.kind === 'document')) return set;
  return {
    ...set,
    changes: set.changes.map((c) =>
      c.kind === 'document'
        ? { ...c, before: c.before && metaOf(c.before), after: c.after && metaOf(c.after) }
        : c,
    ),
  };
}

/** How many steps the history keeps (and persists). */
export const HISTORY_CAPACITY = 500;

/** The history as stored between sessions. */
export interface HistoryData {
  done: HistoryStep[];
  undone: HistoryStep[];
  written: WrittenVersions;
}

/**
 * Linear undo/redo history of a project's user change sets and merges. Imports, undo, redo and
 * housekeeping stay out (as ProseMirror's `addToHistory: false`). A new step clears the
 * redo branch; the oldest steps fall off past the capacity. Undo and redo themselves are new
 * change sets (`undoChangeSet`); the history only tracks which versions they leave.
 */
export class ChangeHistory {
  private done: HistoryStep[];
  private undone: HistoryStep[];
  /** Updated in place: a large step never copies the versions written before it. */
  private readonly written: Map<string, string | null>;

  constructor(
    data: HistoryData = { done: [], undone: [], written: {} },
    readonly capacity = HISTORY_CAPACITY,
  ) {
    this.done = data.done.slice(-capacity);
    this.undone = data.undone.slice(-capacity);
    this.written = new Map(Object.entries(data.written));
  }

  /** The versions this history's own writes left, for `undoChangeSet`'s check. */
  get writtenVersions(): ReadonlyMap<string, string | null> {
    return this.written;
  }

  /**
   * Records an applied change set; returns whether it entered the history. User changes enter
   * it, and so do merges (one named step, so a merge can be reverted as a whole); a change set
   * that purged records does not (purged contents cannot come back).
   */
  record(set: ChangeSet): boolean {
    if (set.source !== 'user' && set.source !== 'merge') return false;
    if (set.addToHistory === false) return false;
    const sides =
      (set.conflictsAdded?.length ?? 0) +
      (set.conflictsResolved?.length ?? 0) +
      (set.orphansKept?.length ?? 0) +
      (set.orphansDropped?.length ?? 0);
    if (set.purged.length > 0 || set.changes.length + sides === 0) return false;
    this.done.push({ label: set.label, original: withoutBodies(set) });
    recordWritten(this.written, set);
    this.undone = [];
    if (this.done.length > this.capacity) this.done.splice(0, this.done.length - this.capacity);
    return true;
  }

  /** The step Undo would revert. */
  peekUndo(): HistoryStep | null {
    return this.done[this.done.length - 1] ?? null;
  }

  /** The step Redo would re-apply. */
  peekRedo(): HistoryStep | null {
    return this.undone[this.undone.length - 1] ?? null;
  }

  /** Moves the top step to the redo side after its undo change set was applied. */
  markUndone(applied: ChangeSet): void {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    recordWritten(this.written, applied);
  }

  /** Moves the top undone step back after its redo change set was applied. */
  markRedone(applied: ChangeSet): void {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    recordWritten(this.written, applied);
  }

  /** Forgets every step (another project opened, or the history no longer applies). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.written.clear();
  }

  /** The history as plain data, to persist (versions kept only for records its steps touch). */
  toData(): HistoryData {
    const keys = new Set(
      [...this.done, ...this.undone].flatMap((step) => stepRecords(step).map(recordKey)),
    );
    const written: WrittenVersions = {};
    for (const [key, version] of this.written) if (keys.has(key)) written[key] = version;
    return { done: [...this.done], undone: [...this.undone], written };
  }
}
