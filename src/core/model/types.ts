/**
 * The records Marginalia keeps and exchanges. Every exchangeable record carries who made it,
 * when it was created and last changed, and a deleted flag (a tombstone) instead of being
 * erased: tombstones make merges and undo possible and deletes recoverable from the trash.
 *
 * Offsets are UTF-16 code units into a document's canonical text, end-exclusive.
 */

/** A client-generated identifier (UUIDv7), so records can be made offline and merged later. */
export type Id = string;

/** An ISO 8601 timestamp in UTC, e.g. `2026-11-24T03:05:00.000Z`. */
export type Timestamp = string;

/** Who made a record and when; shared by every exchangeable record. */
export interface Stamped {
  id: Id;
  createdBy: Id;
  createdAt: Timestamp;
  updatedBy: Id;
  updatedAt: Timestamp;
  /** Tombstone: true once deleted (in the trash). Purging leaves a `PurgedRecord` instead. */
  deleted: boolean;
  /**
   * Revision id, `GENERATION-HASH`, bumped by every change (see `model/revision.ts`). Absent on
   * records written before revisions existed (exchange format version 1).
   */
  rev?: string;
  /** Recent ancestor revisions, newest first: how a merge tells a later edit from a concurrent one. */
  revs?: string[];
}

/** A person who codes. Names are free text; the id is what records point to. */
export interface Coder {
  id: Id;
  name: string;
  createdAt: Timestamp;
}

/** A project holds its documents, codebook and annotations. */
export interface Project extends Stamped {
  name: string;
  memo: string;
}

/** The kinds of block a structured document is split into. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'block-quote' | 'rule';

/** A block of a document: a range of its canonical text rendered as one element. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level (1-6) for headings; nesting depth for list items and quotes. */
  level?: number;
}

/** Inline formatting kept from structured formats. */
export type MarkKind = 'emphasis' | 'strong' | 'superscript';

/** An inline mark over a range of the canonical text. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
}

/** Formats Marginalia reads now. */
export type DocumentFormat = 'txt' | 'md';

/** What a parser makes of a file: canonical text plus its structure and fingerprints. */
export interface ParsedDocument {
  name: string;
  format: DocumentFormat;
  /** Canonical text: decoded, BOM removed, CRLF and CR turned into LF. Never changes. */
  text: string;
  blocks: Block[];
  marks: Mark[];
  /** SHA-256 of the canonical text (UTF-8), lower-case hex. */
  contentHash: string;
  /** Size of the file as read, in bytes. */
  byteSize: number;
  /** Length of the canonical text in UTF-16 code units. */
  charCount: number;
  /** The encoding the bytes were decoded with, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  /** Set when the text was not valid UTF-8 and a legacy single-byte decoding was used. */
  encodingFallback: boolean;
  /** Path on disk where it came from (desktop only). */
  sourcePath?: string;
}

/** A document in a project: its parsed content plus record bookkeeping. */
export interface CorpusDocument extends Stamped, ParsedDocument {
  projectId: Id;
  importedAt: Timestamp;
  memo: string;
  /**
   * Attributes of the document as other tools keep them (REFI-QDA variables such as age or
   * site; a documents sheet's columns): name → value as text. Absent when there are none.
   */
  attributes?: Record<string, string>;
}

/** A code (theme) in the hierarchical codebook. */
export interface Code extends Stamped {
  projectId: Id;
  /** Parent code, or null at the top level. */
  parentId: Id | null;
  name: string;
  /** CSS colour, `#rrggbb`. */
  color: string;
  /** The code's definition, shown on hover. */
  description: string;
  /** A single key (`1`-`9`, a letter) that applies the code, or null. */
  hotkey: string | null;
  /** Sort position among its siblings. */
  order: number;
  memo: string;
}

/** A coded segment: a span of a document's canonical text with one or more codes. */
export interface Annotation extends Stamped {
  projectId: Id;
  documentId: Id;
  start: number;
  end: number;
  /** The exact quoted text, kept to repair anchors when a text differs. */
  quote: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
  codeIds: Id[];
  memo: string;
  /**
   * Provenance of a consensus annotation: the ids of the coders' annotations it was adjudicated
   * from (see core/commands/adjudication.ts). Absent on ordinary annotations. A consensus
   * annotation with no codes records that the reviewer accepted none of these versions.
   */
  derivedFrom?: Id[];
}

/** A document without its body (text, blocks, marks): what lists and metadata edits carry. */
export type DocumentMeta = Omit<CorpusDocument, 'text' | 'blocks' | 'marks'>;
