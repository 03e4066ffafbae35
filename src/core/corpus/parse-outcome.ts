import type { ParsedDocument } from '../model/types';

/** A file handed to the parsers: its name, bytes and (desktop only) where it lives on disk. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  path?: string;
}

/**
 * What parsing one file gives: the document, or a message for the user that names the file and
 * the problem. A batch is a list of outcomes, so one bad file never stops the others.
 */
export type ParseOutcome =
  | { ok: true; document: ParsedDocument; warnings: string[] }
  | { ok: false; fileName: string; path?: string; error: string };
