import type { Orphan } from '../anchoring/reanchor/orphan';
import type { RecordConflict } from '../model/conflict';
import type { PurgedRecord, RecordKind } from '../model/snapshot';
import type {
  Annotation,
  Code,
  Coder,
  DocumentMeta,
  CorpusDocument,
  Id,
  Project,
  Timestamp,
} from '../model/types';

/**
 * A document as a change set carries it: metadata only for edits (renames, memos, tombstones;
 * a body never changes after import), or a whole document when it is added with its text.
 */
export type DocumentRecord = DocumentMeta | CorpusDocument;

/** The record type of each kind, so a change of kind `code` can only carry codes. */
export interface RecordByKind {
  project: Project;
  document: DocumentRecord;
  code: Code;
  annotation: Annotation;
}

/** Any record a change set can carry. */
export type AnyRecord = RecordByKind[RecordKind];

/**
 * One record's change, as whole records. `before` null: the record is added. `after` null: the
 * record is erased (only a purge does that, and the change set then carries its `PurgedRecord`).
 * Otherwise an update, and `before` is the version it replaces: the repository checks that the
 * stored record still has `before`'s version (compare-and-set) before writing `after`.
 */
export type RecordChange = {
  [K in RecordKind]: { kind: K; before: RecordByKind[K] | null; after: RecordByKind[K] | null };
}[RecordKind];

/**
 * Where a change set comes from. Only `user` changes enter the undo history; `undo` and `redo`
 * are new changes stamped when made; `import` and `merge` bring other people's work;
 * `system` is housekeeping (migrations, repairs).
 */
export type ChangeSource = 'user' | 'undo' | 'redo' | 'import' | 'merge' | 'system';

/**
 * Everything one action did to one project, applied atomically or not at all. Every record in
 * `after` is stamped (who, when, a revision past `before`'s), so merges can tell a later edit
 * from a concurrent one. Purged records leave contentless tombstones in `purged`.
 */
export interface ChangeSet {
  projectId: Id;
  source: ChangeSource;
  /** What the user did, in their words ("apply code Victims"); undo and redo buttons show it. */
  label: string;
  /** Who made the change. */
  coderId: Id;
  /** When it was made. */
  at: Timestamp;
  changes: RecordChange[];
  purged: PurgedRecord[];
  /**
   * Merge conflicts this change set starts keeping for review (a merge), written in the same
   * transaction as its records. Absent: none.
   */
  conflictsAdded?: RecordConflict[];
  /** Merge conflicts this change set settles (a merge, a resolution, their undo). Absent: none. */
  conflictsResolved?: RecordConflict[];
  /** Coders a merge brings to this profile, written with its records. Absent: none. */
  coders?: Coder[];
  /**
   * Re-anchoring orphans (annotations a merge carried onto a local copy but could not place
   * surely) this change set keeps for the user, written in the same transaction as its records,
   * so undoing the change set drops them and redoing it keeps them again. Absent: none.
   */
  orphansKept?: Orphan[];
  /** Orphans this change set drops (the undo of one that kept them). Absent: none. */
  orphansDropped?: Orphan[];
  /**
   * `false`: kept out of the undo history even if its source would enter it (a merge the team
   * folder makes on its own, which Ctrl+Z must not take back in place of the user's last edit).
   */
  addToHistory?: boolean;
}

/** Who makes a change and when: every command stamps the records it writes with these. */
export interface EditContext {
  coderId: Id;
  now: Timestamp;
}

/**
 * The version a stored record is at, as compare-and-set checks it: its revision id, or its
 * `updatedAt` for records written before revisions existed.
 */
export function versionOf(record: { rev?: string; updatedAt: Timestamp }): string {
  return record.rev ?? `updatedAt:${record.updatedAt}`;
}

/** The id of the record a change touches. */
export function changedId(change: RecordChange): Id {
  const record = change.after ?? change.before;
  if (!record) throw new Error(`A ${change.kind} change has neither a before nor an after.`);
  return record.id;
}

/** The records of one kind a change set leaves behind (added or updated; erased ones excluded). */
export function afterRecords<K extends RecordKind>(set: ChangeSet, kind: K): RecordByKind[K][] {
  const out: RecordByKind[K][] = [];
  for (const change of set.changes) {
    if (change.kind === kind && change.after) out.push(change.after as RecordByKind[K]);
  }
  return out;
}

/** Whether a change set changes nothing (commands return one when there is nothing to do). */
export function isEmpty(set: ChangeSet): boolean {
  return (
    set.changes.length === 0 &&
    set.purged.length === 0 &&
    !set.conflictsAdded?.length &&
    !set.conflictsResolved?.length &&
    !set.coders?.length &&
    !set.orphansKept?.length &&
    !set.orphansDropped?.length
  );
}
