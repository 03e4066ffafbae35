import type { RecordConflict } from '../model/conflict';
import type {
  ProjectSnapshot,
  PurgedRecord,
  RecordKind,
  SnapshotDocument,
} from '../model/snapshot';
import type { Annotation, Code, Coder, Id, Project } from '../model/types';
import type { RecordMatch, UnmatchedCode } from './match';

/** The record type of each kind, as a snapshot holds it. */
export interface SnapshotRecordByKind {
  project: Project;
  document: SnapshotDocument;
  code: Code;
  annotation: Annotation;
}

/**
 * One record the merge adds (`before` null), updates (`before` is the version it replaces, for
 * the repository's compare-and-set) or erases (`after` null: purged). Records come stamped with
 * their own revisions from the files merged: apply them as they are, do not stamp them again.
 */
export type MergeRecordChange = {
  [K in RecordKind]: {
    kind: K;
    before: SnapshotRecordByKind[K] | null;
    after: SnapshotRecordByKind[K] | null;
  };
}[RecordKind];

/** What applying a merge to the local project writes, as one transaction. */
export interface MergeChanges {
  records: MergeRecordChange[];
  /** New purge tombstones. */
  purged: PurgedRecord[];
  /** Coders the project did not know (or whose record changed). */
  coders: Coder[];
  /** Losing versions to keep for review. */
  conflictsAdded: RecordConflict[];
  /** Conflicts kept before that the merge settled (a teammate resolved them). */
  conflictsResolved: RecordConflict[];
}

/** Per kind of record, what the incoming file did to the local project. */
export interface KindCounts {
  /** Records the project did not have. */
  new: number;
  /** Records changed by the incoming file (without conflict). */
  updated: number;
  /** Records the incoming file deleted (now tombstones). */
  deleted: number;
  /** Records the project already had at this version or later (or a local record stands for). */
  unchanged: number;
  /** Records with a new conflict to review. */
  conflict: number;
  /**
   * Records purged on one side (or living on a purged document): incoming ones not brought back,
   * and local ones the incoming file's purges erase.
   */
  purged: number;
}

/** What became of one incoming version: every one is accounted for, none is dropped silently. */
export type IncomingOutcome =
  /** It is now the live version. */
  | 'applied'
  /** The project already had it live. */
  | 'unchanged'
  /** A version that descends from it is kept (it was edited again since). */
  | 'superseded'
  /** It is kept as a conflict to review. */
  | 'conflict'
  /** Its record, or the document it lives on, was purged. */
  | 'purged'
  /** Another local record stands for it (same document text, same code name). */
  | 'matched';

/** The preview of a merge: counts, the new conflicts, codes to map, and every outcome. */
export interface MergeReport {
  counts: Record<RecordKind, KindCounts>;
  /** Conflicts this merge added. */
  conflicts: RecordConflict[];
  unmatchedCodes: UnmatchedCode[];
  matches: RecordMatch[];
  outcomes: { kind: RecordKind; id: Id; versionId: string; outcome: IncomingOutcome }[];
}

/** A merged snapshot always lists its conflicts (possibly none). */
export type MergedSnapshot = ProjectSnapshot & { conflicts: RecordConflict[] };

/** The result of `mergeSnapshots`. */
export interface MergeResult {
  snapshot: MergedSnapshot;
  changes: MergeChanges;
  report: MergeReport;
}
