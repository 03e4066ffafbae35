import type { ParsedDocument } from '../model/types';
import { corpusMessages as say } from './messages';
import { parseFile } from './parse-file';
import type { InputFile } from './parse-outcome';

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
  const result: BatchResult = { documents: [], errors: [], duplicates: [], warnings: [] };
  const seen = new Map<string, string>();
  for (const doc of known) if (!seen.has(doc.contentHash)) seen.set(doc.contentHash, doc.name);

  for (const [index, file] of files.entries()) {
    options.signal?.throwIfAborted();
    const outcome = await parseFile(file);
    if (!outcome.ok) {
      const { fileName, path, error } = outcome;
      result.errors.push(path === undefined ? { fileName, error } : { fileName, path, error });
    } else {
      const { document, warnings } = outcome;
      const sameAs = seen.get(document.contentHash);
      if (sameAs !== undefined) {
        const duplicate: BatchDuplicate = { fileName: document.name, sameAs };
        if (file.path !== undefined) duplicate.path = file.path;
        result.duplicates.push(duplicate);
      } else {
        seen.set(document.contentHash, document.name);
        result.documents.push(document);
        result.warnings.push(...warnings);
      }
    }
    onProgress?.(index + 1, files.length);
  }
  return result;
}

/** The message for a duplicate, for UIs that list them with the errors. */
export function duplicateMessage(duplicate: BatchDuplicate): string {
  return say.duplicate(duplicate.fileName, duplicate.sameAs);
}
