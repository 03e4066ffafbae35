import type { RecordKind } from '../model/snapshot';
import type { Id } from '../model/types';

/**
 * A change set was refused because a record it replaces is no longer the stored version: another
 * tab, a merge or an import changed (or removed, or already added) it in between. Nothing of the
 * change set was written. Callers rebuild the change from the latest records, or tell the user.
 */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';

  constructor(
    readonly kind: RecordKind,
    readonly id: Id,
    /** The version the change expected (null: expected no record). */
    readonly expected: string | null,
    /** The version stored (null: no record). */
    readonly actual: string | null,
  ) {
    super(
      expected === null
        ? `The ${kind} ${id} already exists: it was added elsewhere in the meantime.`
        : actual === null
          ? `The ${kind} ${id} is gone: it was removed elsewhere in the meantime.`
          : `The ${kind} ${id} was changed elsewhere in the meantime (expected version ${expected}, found ${actual}).`,
    );
  }
}

/** Whether an error is a refused compare-and-set (works across realms and worker boundaries). */
export function isStaleWriteError(error: unknown): error is StaleWriteError {
  return error instanceof Error && error.name === 'StaleWriteError';
}
