import type { ProjectSnapshot } from '../model/snapshot';
import type { Id, Timestamp } from '../model/types';

/** What reading or writing a format needs from the caller: the file's name, the clock, ids. */
export interface FormatContext {
  fileName: string;
  now: Timestamp;
  newId: () => Id;
  /**
   * Hears how far a writer has come, in documents written of all (the workbench's exchange
   * worker shows it as the export's progress). Readers ignore it.
   */
  onProgress?: WriteProgress;
}

/** How far a long write has come: `done` of `total` documents. */
export type WriteProgress = (done: number, total: number) => void;

/** One problem found in a file, located so a person can find it. */
export interface FormatProblem {
  /** Where: a JSON path (`annotations[3].start`) or an element path (`Sources/TextSource[2]`). */
  path: string;
  /** The record (or GUID) the problem is in, when known. */
  recordId?: string;
  message: string;
}

/** A file read into a snapshot, with what could not be carried over or was changed on the way. */
export interface FormatReadResult {
  snapshot: ProjectSnapshot;
  /** Lines for the user: counts, conventions chosen, what was not carried over. */
  notes: string[];
}

/** A snapshot written in a format, with what had to be left out. */
export interface FormatWriteResult {
  data: Uint8Array | string;
  warnings: string[];
}

/**
 * Refusal of a whole file: names the file and lists every problem (one for a hostile archive,
 * many for an exchange file with invalid records).
 */
export class FormatReadError extends Error {
  override readonly name = 'FormatReadError';
  constructor(
    readonly fileName: string,
    readonly problems: FormatProblem[],
  ) {
    super(
      `${fileName}: ${problems.length === 1 ? (problems[0] as FormatProblem).message : `${problems.length} problems`}`,
    );
  }
}

/**
 * A file format Marginalia reads and/or writes, as the CLI and the workbench see it. New formats
 * (W3C, CSV, XLSX) are added by registering an adapter; nothing else changes.
 */
export interface FormatAdapter {
  /** The name users type after `--to`. */
  name: string;
  /** One line for help texts. */
  summary: string;
  /** True for formats that carry only the codebook (what `convert` reports as written). */
  codebookOnly?: boolean;
  /** File name endings, lower case, with the dot; the first is the one written. */
  extensions: string[];
  /** Whether these bytes look like this format (for files with an unknown extension). */
  sniff?(bytes: Uint8Array): boolean;
  read?(bytes: Uint8Array, context: FormatContext): Promise<FormatReadResult>;
  /** May be asynchronous (the XLSX writer is). */
  write?(
    snapshot: ProjectSnapshot,
    context: FormatContext,
  ): FormatWriteResult | Promise<FormatWriteResult>;
  /** Every problem in a file, without importing it; [] when it is sound. */
  validate?(bytes: Uint8Array, context: FormatContext): Promise<FormatProblem[]>;
}
