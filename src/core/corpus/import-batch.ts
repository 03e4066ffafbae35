import type { ParsedDocument } from '../model/types';
import { corpusMessages as say } from './messages';
import { parseFile } from './parse-file';
import type { InputFile, ParseOutcome } from './parse-outcome';

/** A file that could not be read, with the message for the user. */
export interface BatchError {
  fileName: string;
  path?: string;
  error: string;
}

/** A file whose text is already in the project or earlier in the batch: not imported twice. */
export interface BatchDuplicate {
  fileName: string;
  path?: string;
  /** Name of the document it duplicates (already known, or imported earlier in this batch). */
  sameAs: string;
}

/** What an import of several files gives: documents to add, plus everything to tell the user. */
export interface BatchResult {
  documents: ParsedDocument[];
  errors: BatchError[];
  duplicates: BatchDuplicate[];
  /** Messages for documents that were imported but deserve a look (e.g. encoding fallback). */
  warnings: string[];
}

/** Optional controls for a batch: a signal to cancel it. */
export interface BatchOptions {
  /** When aborted, parsing stops and the promise rejects with the signal's reason: nothing is half-imported. */
  signal?: AbortSignal;
}

/**
 * Parses a batch of files, one at a time so memory stays bounded and progress is honest. One bad
 * file never stops the others: it becomes an error. The same canonical text twice, within the
 * batch or already in the project (`known`), is reported as a duplicate of the first, never
 * imported twice: documents are identified by content hash.
 */
export async function parseBatch(
  files: InputFile[],
  known: { contentHash: string; name: string }[],
  onProgress?: (done: number, total: number) => void,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const batch = new BatchCollector(known);
  for (const [index, file] of files.entries()) {
    options.signal?.throwIfAborted();
    batch.add(await parseFile(file), file.path);
    onProgress?.(index + 1, files.length);
  }
  return batch.result;
}

/**
 * Gathers parse outcomes into a batch result: errors per file, and a text already in the
 * project or earlier in the batch reported as a duplicate (matched by content hash) instead of
 * added. Used wherever outcomes come from: the parsers here, or the desktop's main process.
 */
export class BatchCollector {
  readonly result: BatchResult = { documents: [], errors: [], duplicates: [], warnings: [] };
  private readonly seen = new Map<string, string>();

  constructor(known: readonly { contentHash: string; name: string }[]) {
    for (const doc of known)
      if (!this.seen.has(doc.contentHash)) this.seen.set(doc.contentHash, doc.name);
  }

  /** Adds one file's outcome (`path`: where it came from, when known). */
  add(outcome: ParseOutcome, path?: string): void {
    if (!outcome.ok) {
      const { fileName, error } = outcome;
      const where = outcome.path ?? path;
      this.result.errors.push(
        where === undefined ? { fileName, error } : { fileName, path: where, error },
      );
      return;
    }
    const { document, warnings } = outcome;
    const sameAs = this.seen.get(document.contentHash);
    if (sameAs !== undefined) {
      const duplicate: BatchDuplicate = { fileName: document.name, sameAs };
      const where = path ?? document.sourcePath;
      if (where !== undefined) duplicate.path = where;
      this.result.duplicates.push(duplicate);
      return;
    }
    this.seen.set(document.contentHash, document.name);
    this.result.documents.push(document);
    this.result.warnings.push(...warnings);
  }
}

/** The message for a duplicate, for UIs that list them with the errors. */
export function duplicateMessage(duplicate: BatchDuplicate): string {
  return say.duplicate(duplicate.fileName, duplicate.sameAs);
}
