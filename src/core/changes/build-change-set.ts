import { canonicalJson, withRevision } from '../model/revision';
import type { PurgedRecord } from '../model/snapshot';
import type { ChangeSet, ChangeSource, EditContext, RecordChange } from './change-set';
import type { Id } from '../model/types';

/** What names a change set besides its records. */
export interface ChangeSetHeader {
  projectId: Id;
  source: ChangeSource;
  label: string;
}

/**
 * Builds a change set: stamps every written record with a revision one step past the version it
 * replaces (`withRevision`), and drops changes that change nothing, so an empty edit writes
 * nothing and enters no history. The one place change sets are made.
 */
export function buildChangeSet(
  header: ChangeSetHeader,
  ctx: EditContext,
  changes: readonly RecordChange[],
  purged: readonly PurgedRecord[] = [],
): ChangeSet {
  const stamped: RecordChange[] = [];
  for (const change of changes) {
    const { before, after } = change;
    if (after === null) {
      if (before !== null) stamped.push(change);
      continue;
    }
    if (before !== null && sameContent(before, after)) continue;
    stamped.push({ ...change, after: withRevision(before, after) } as RecordChange);
  }
  return {
    ...header,
    coderId: ctx.coderId,
    at: ctx.now,
    changes: stamped,
    purged: [...purged],
  };
}

/** Whether two versions of a record hold the same content, stamps and revisions aside. */
function sameContent(a: object, b: object): boolean {
  return canonicalJson(content(a)) === canonicalJson(content(b));
}

/** A record without what every write changes anyway (who, when, revision). */
function content(record: object): object {
  const {
    updatedAt: _at,
    updatedBy: _by,
    rev: _rev,
    revs: _revs,
    ...rest
  } = record as Record<string, unknown>;
  return rest;
}

/**
 * `set` with more changes built `step` items at a time, awaiting `pause()` before each step:
 * for commands that re-stamp thousands of annotations (stamping hashes each record), so the
 * calling thread is never held for all of them at once. `changesOf` gives a slice's changes.
 */
export async function addChangesInSteps<T>(
  set: ChangeSet,
  items: readonly T[],
  changesOf: (slice: readonly T[]) => readonly RecordChange[],
  pause: () => Promise<void>,
  step = 200,
): Promise<ChangeSet> {
  const changes = [...set.changes];
  for (let i = 0; i < items.length; i += step) {
    await pause();
    changes.push(...changesOf(items.slice(i, i + step)));
  }
  return { ...set, changes };
}
