import type { AnnotationColumns } from '../../../core/index/annotation-columns';
import type { RecordConflict } from '../../../core/model/conflict';
import type {
  Annotation,
  Block,
  CorpusDocument,
  DocumentMeta,
  Id,
  Mark,
} from '../../../core/model/types';
import type { ChangeSet, RecordChange } from '../../../core/changes/change-set';
import type { HistoryData } from '../../../core/undo/change-history';
import type { WrittenVersions } from '../../../core/undo/undo-change-set';

/**
 * A document without its body: what the `documents` table holds since schema version 2, so the
 * corpus panel can list a project's documents without loading every text.
 */
export type { DocumentMeta };

/** A document's body, kept in the `projectTexts` table under its document's key. */
export interface DocumentBody {
  projectId: Id;
  id: Id;
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** One row of the `settings` table: a named, structured-cloneable value. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Splits a full document into the two rows it is stored as. */
export function splitDocument(doc: CorpusDocument): { meta: DocumentMeta; body: DocumentBody } {
  const { text, blocks, marks, ...meta } = doc;
  return { meta, body: { projectId: doc.projectId, id: doc.id, text, blocks, marks } };
}

/** Joins a document's metadata and body back into the record the rest of the program uses. */
export function joinDocument(meta: DocumentMeta, body: DocumentBody): CorpusDocument {
  return { ...meta, text: body.text, blocks: body.blocks, marks: body.marks };
}

/**
 * The metadata part of a document, whether given metadata or a full document: callers often hold
 * a full `CorpusDocument`, and writing it as metadata must never put a body back into `documents`.
 */
export function toDocumentMeta(doc: DocumentMeta | CorpusDocument): DocumentMeta {
  if (!hasBody(doc)) return doc;
  return splitDocument(doc).meta;
}

/** Whether a document record carries its body (a full `CorpusDocument`). */
export function hasBody(doc: DocumentMeta | CorpusDocument): doc is CorpusDocument {
  return typeof (doc as Partial<CorpusDocument>).text === 'string';
}

/**
 * One project's undo history, kept so undo and redo survive a reload. Since schema version 8
 * (`index`) it names its steps, stored in `historySteps` rows; a row written by version 7 holds
 * the whole history in `data` and still loads.
 */
export interface HistoryRow {
  projectId: Id;
  data?: HistoryData;
  index?: HistoryIndex;
}

/** The history's steps in order (each by id and number of parts) and the versions it wrote. */
export interface HistoryIndex {
  done: HistoryStepRef[];
  undone: HistoryStepRef[];
  written: WrittenVersions;
}

/** A stored history step: its id and how many `historySteps` rows hold it. */
export interface HistoryStepRef {
  id: string;
  parts: number;
}

/**
 * One part of a stored history step (schema version 8): part 0 carries the step's label and its
 * change set without the changes; every part carries a slice of the changes, in order.
 */
export interface HistoryStepRow {
  projectId: Id;
  stepId: string;
  part: number;
  label?: string;
  head?: Omit<ChangeSet, 'changes'>;
  changes: RecordChange[];
}

/**
 * One unresolved merge conflict as stored (schema version 4): its project, its `conflictKey`
 * (kind, record id, version id) and the conflict itself.
 */
export interface ConflictRow {
  projectId: Id;
  key: string;
  conflict: RecordConflict;
}

/**
 * A document's annotation snapshot as stored (schema version 6), under its document's key: the
 * ids packed into `idText`, cut at `idEnds` (see annotation-columns-row.ts); rows written before
 * the packing hold `ids` instead.
 */
export interface AnnotationColumnsRow extends Omit<AnnotationColumns, 'ids'> {
  projectId: Id;
  documentId: Id;
  idText?: string;
  idEnds?: Uint32Array;
  ids?: readonly string[];
}

/**
 * A row of a document's annotations as stored (schema version 7; see annotation-pages.ts): the
 * annotations whose ids run from `firstId` ('' for the document's first row) up to the next
 * row's, sorted by id, whole; `size` and `codeIds` (the codes they carry) are indexed, so counts
 * and code purges read keys or only the rows that matter.
 */
export interface AnnotationPageRow {
  projectId: Id;
  documentId: Id;
  firstId: string;
  annotations: Annotation[];
  size: number;
  codeIds: Id[];
}
