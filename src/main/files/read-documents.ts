import { readFile, stat } from 'node:fs/promises';
import type { InputFile, ParseOutcome } from '../../core/corpus/parse-outcome';
import { MAX_DOCUMENT_BYTES } from '../../core/corpus/limits';
import { describeFsError } from './fs-error-message';

/** The corpus parser, `parseFile` from `src/core/corpus/parse-file.ts`, injected for tests. */
export type ParseFile = (input: InputFile) => Promise<ParseOutcome>;

/** A file the user picked (or that was found in a picked folder) and the name to show for it. */
export interface DocumentSource {
  path: string;
  name: string;
}

/** Limits that keep one import from exhausting memory in the main process. */
export interface ReadLimits {
  maxBytesPerFile: number;
  maxTotalBytes: number;
}

/**
 * Per document, the parsers' own limit (so an oversized file is refused before it is read);
 * 512 MiB per batch.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytesPerFile: MAX_DOCUMENT_BYTES,
  maxTotalBytes: 512 * 1024 * 1024,
};

const MiB = 1024 * 1024;

function failure(source: DocumentSource, error: string): ParseOutcome {
  return { ok: false, fileName: source.name, path: source.path, error };
}

/**
 * Reads and parses each file in order and returns one outcome per file: a file that cannot
 * be read, is too large, or does not parse becomes an error outcome naming it, and the others
 * still go through. Files are read one at a time so memory stays bounded.
 */
export async function readDocuments(
  sources: readonly DocumentSource[],
  parseFile: ParseFile,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ParseOutcome[]> {
  const outcomes: ParseOutcome[] = [];
  let totalBytes = 0;
  for (const source of sources) {
    let bytes: Uint8Array;
    try {
      const info = await stat(source.path);
      if (!info.isFile()) {
        outcomes.push(failure(source, `Could not read ${source.path}: it is not a regular file.`));
        continue;
      }
      if (info.size > limits.maxBytesPerFile) {
        outcomes.push(
          failure(
            source,
            `${source.name}: the file is ${(info.size / MiB).toFixed(1)} MiB; Marginalia reads documents up to ` +
              `${+(limits.maxBytesPerFile / MiB).toFixed(1)} MiB.`,
          ),
        );
        continue;
      }
      if (totalBytes + info.size > limits.maxTotalBytes) {
        outcomes.push(
          failure(
            source,
            `${source.name} was not imported: this batch already holds ${limits.maxTotalBytes / MiB} MiB. ` +
              'Open the remaining files in another batch.',
          ),
        );
        continue;
      }
      bytes = new Uint8Array(await readFile(source.path));
      totalBytes += bytes.byteLength;
    } catch (error) {
      outcomes.push(failure(source, describeFsError('read', source.path, error)));
      continue;
    }
    try {
      outcomes.push(await parseFile({ name: source.name, bytes, path: source.path }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcomes.push(failure(source, `Could not parse ${source.name}: ${reason}`));
    }
  }
  return outcomes;
}
