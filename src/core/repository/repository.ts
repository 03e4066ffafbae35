import type { Orphan } from '../anchoring/reanchor/orphan';
import type { ChangeSet, RecordByKind } from '../changes/change-set';
import type { RecordConflict } from '../model/conflict';
import type { ProjectSnapshot, PurgedRecord, RecordKind } from '../model/snapshot';
import type { Block, Coder, Id, Mark, Project } from '../model/types';

/** A document's body: its canonical text and structure, fixed at import. */
export interface DocumentBodyRecord {
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** The records of one kind a repository lists: documents come without their bodies. */
export type StoredRecord<K extends RecordKind> = K extends 'document'
  ? Omit<RecordByKind['document'], 'text' | 'blocks' | 'marks'>
  : RecordByKind[K];

/** Progress and cancellation for long writes (a whole project). */
export interface LongWriteOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Records per write step, where the implementation writes in steps. */
  chunkSize?: number;
}

/**
 * Where a profile's projects live, as core sees it. The one way to change records is `apply`,
 * with a change set: atomic, and checked record by record against the version each change
 * replaces. Two implementations: `MemoryRepository` here (tests, the CLI, workers) and the Dexie
 * one in the renderer; `test-support/conformance.ts` holds them to the same behaviour.
 *
 * Records are keyed by project and id: the same id may live in several projects of one profile
 * (a teammate's copy, a restored backup), which is how stable starter-codebook ids stay mergeable.
 */
export interface Repository {
  /** Every project, tombstones included. */
  listProjects(): Promise<Project[]>;
  /** Every record of one kind in a project, tombstones included; documents without bodies. */
  listRecords<K extends Exclude<RecordKind, 'project'>>(
    projectId: Id,
    kind: K,
  ): Promise<StoredRecord<K>[]>;
  /** The records with these ids (undefined where there is none), in the order asked. */
  getRecords<K extends RecordKind>(
    projectId: Id,
    kind: K,
    ids: readonly Id[],
  ): Promise<(StoredRecord<K> | undefined)[]>;
  /** A document's body, or undefined. */
  getDocumentBody(projectId: Id, documentId: Id): Promise<DocumentBodyRecord | undefined>;
  /** The contentless tombstones of the project's purged records. */
  listPurged(projectId: Id): Promise<PurgedRecord[]>;
  /** The project's unresolved merge conflicts (losing versions kept for review), in key order. */
  listConflicts(projectId: Id): Promise<RecordConflict[]>;
  /** The project's re-anchoring orphans (`ChangeSet.orphansKept`), every state, in id order. */
  listOrphans(projectId: Id): Promise<Orphan[]>;
  /**
   * Applies a change set atomically. Each change must find the version it replaces: an added
   * record must be absent, an updated or erased one must be stored at `before`'s version
   * (revision, or `updatedAt` for records without one). Otherwise it throws `StaleWriteError`
   * naming the record, and writes nothing. Large change sets (an import) report progress and
   * can be cancelled through `options`; cancelled, nothing is written. The set's conflicts
   * (added, resolved), coders and orphans (kept, dropped) are written in the same transaction.
   * An annotation is looked up in the documents its change names (`before` and `after`): a
   * repository may store annotations by document (the Dexie one does, so a keystroke's write
   * reads one row, not every document's), so an added annotation must have an id no other
   * document of the project holds. Commands make fresh ids, and merges and imports compare
   * whole projects, so none makes such a change; the in-memory repository refuses it anyway.
   */
  apply(set: ChangeSet, options?: LongWriteOptions): Promise<void>;
  /** Records a coder, so snapshots can name who made what. */
  putCoder(coder: Coder): Promise<void>;
  /**
   * Every record of a project, bodies, coders it names, purge tombstones and unresolved
   * conflicts (`conflicts`, present only when there are some) included.
   */
  readSnapshot(projectId: Id): Promise<ProjectSnapshot | undefined>;
  /**
   * Writes a whole project that this profile does not have yet, atomically (a project with
   * that id already here, a document without its text, or cancellation: nothing is written).
   */
  writeSnapshot(snapshot: ProjectSnapshot, options?: LongWriteOptions): Promise<void>;
}
