/**
 * A named, reversible change. `undo` and `redo` are whatever payload the caller applies (for the
 * app: a record patch and its inverse); the label is what the Edit menu shows.
 */
export interface Change<P> {
  label: string;
  undo: P;
  redo: P;
}

/** How many changes an undo stack keeps unless told otherwise. */
export const DEFAULT_UNDO_CAPACITY = 500;

/**
 * Linear undo/redo history of named changes. Pushing a new change clears the redo branch (no
 * undo tree: that is what users of text editors expect). When the capacity is reached the
 * oldest change is dropped, so memory stays bounded during long coding sessions.
 */
export class UndoStack<P> {
  private readonly done: Change<P>[] = [];
  private readonly undone: Change<P>[] = [];
  readonly capacity: number;

  constructor(capacity: number = DEFAULT_UNDO_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`Undo capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
  }

  /** Records a change that was just applied; clears redo. */
  push(change: Change<P>): void {
    this.done.push(change);
    this.undone.length = 0;
    if (this.done.length > this.capacity) this.done.splice(0, this.done.length - this.capacity);
  }

  /** The change to revert (apply its `undo`), or null when there is nothing to undo. */
  undo(): Change<P> | null {
    const change = this.done.pop();
    if (!change) return null;
    this.undone.push(change);
    return change;
  }

  /** The change to re-apply (apply its `redo`), or null when there is nothing to redo. */
  redo(): Change<P> | null {
    const change = this.undone.pop();
    if (!change) return null;
    this.done.push(change);
    return change;
  }

  /** Whether the Undo command is enabled. */
  canUndo(): boolean {
    return this.done.length > 0;
  }

  /** Whether the Redo command is enabled. */
  canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of the change Undo would revert, for "Undo: apply code Victims" menu items. */
  peekUndoLabel(): string | null {
    return this.done[this.done.length - 1]?.label ?? null;
  }

  /** Label of the change Redo would re-apply. */
  peekRedoLabel(): string | null {
    return this.undone[this.undone.length - 1]?.label ?? null;
  }

  /** Number of changes that can be undone. */
  get undoDepth(): number {
    return this.done.length;
  }

  /** Number of changes that can be redone. */
  get redoDepth(): number {
    return this.undone.length;
  }

  /** Forgets all history, e.g. when another project is opened. */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
