import type { ChangeSet, RecordChange } from './change-set';

/**
 * The exact inverse of a change set: every change with before and after swapped, in reverse
 * order (a code created before the annotations that use it is removed after them). Applying a
 * change set and then its inverse leaves a repository as it was, revisions included. It is the
 * algebra the conformance suite checks; the undo a user sees is `undoChangeSet`, stamped anew.
 * A purge has no inverse (its contents are gone by design).
 */
export function invertChangeSet(set: ChangeSet): ChangeSet {
  if (set.purged.length > 0)
    throw new Error(`“${set.label}” purged records and cannot be inverted.`);
  return {
    ...set,
    changes: set.changes
      .map((c) => ({ kind: c.kind, before: c.after, after: c.before }) as RecordChange)
      .reverse(),
  };
}
