import type { RecordConflict } from './conflict';
import type { Annotation, Code, Coder, CorpusDocument, Id, Project, Timestamp } from './types';

/**
 * A document as a snapshot may hold it: with its canonical text, or without it (an exchange file
 * exported without texts still carries the content hash, so a receiver can match its own copy).
 */
export type SnapshotDocument = Omit<CorpusDocument, 'text'> & { text?: string };

/** The kinds of record a project holds, as change sets, tombstones and merges name them. */
export type RecordKind = 'project' | 'document' | 'code' | 'annotation';

/**
 * What is left of a record after the trash is emptied: no content, only who purged what and
 * when. Exported and merged like any record, so a teammate's file cannot bring it back.
 */
export interface PurgedRecord {
  kind: RecordKind;
  id: Id;
  projectId: Id;
  purgedBy: Id;
  purgedAt: Timestamp;
}

/**
 * All records of one project: the one shape that export, backup, merge, the formats and the CLI
 * read and write. Tombstones (`deleted: true`) are included; `purged` lists records that are gone.
 */
export interface ProjectSnapshot {
  project: Project;
  coders: Coder[];
  documents: SnapshotDocument[];
  codes: Code[];
  annotations: Annotation[];
  purged: PurgedRecord[];
  /** Losing versions of concurrently edited records, kept until resolved (absent: none). */
  conflicts?: RecordConflict[];
}
