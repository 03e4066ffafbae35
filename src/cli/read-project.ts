import type { CliIo } from './command';
import { formatForReading, FORMATS } from '../core/formats/registry';
import type {
  FormatAdapter,
  FormatContext,
  FormatReadResult,
} from '../core/formats/registry-types';
import { FormatReadError } from '../core/formats/registry-types';
import { newId, nowIso } from '../core/ids/new-id';

/** Files above this size get progress lines on stderr. */
export const LARGE_FILE_BYTES = 5 * 1024 * 1024;

/** The context a CLI read or write runs with: the real clock and fresh ids. */
export function cliContext(fileName: string): FormatContext {
  return { fileName, now: nowIso(), newId };
}

/** Says on stderr what is happening to a large file, so a long run does not look hung. */
export function progress(io: CliIo, verb: string, path: string, bytes: number): void {
  if (bytes >= LARGE_FILE_BYTES) {
    io.stderr(`${verb} ${path} (${(bytes / 1024 / 1024).toFixed(1)} MB)…\n`);
  }
}

/** A file read into a snapshot by whichever format it is, or the reason it could not be. */
export type ReadOutcome =
  { ok: true; format: FormatAdapter; result: FormatReadResult } | { ok: false; message: string };

/**
 * Reads any file the CLI understands into a snapshot: the format comes from the extension, else
 * from the first bytes. Refusals become one message per problem, each naming the file.
 */
export async function readProject(
  path: string,
  io: CliIo,
  formats: readonly FormatAdapter[] = FORMATS,
): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const format = formatForReading(path, bytes, formats);
  if (!format?.read) {
    const known = formats
      .filter((f) => f.read)
      .flatMap((f) => f.extensions)
      .join(', ');
    return { ok: false, message: `${path}: not a format marginalia reads (${known})` };
  }
  progress(io, 'Reading', path, bytes.length);
  try {
    return { ok: true, format, result: await format.read(bytes, cliContext(path)) };
  } catch (e) {
    if (e instanceof FormatReadError) return { ok: false, message: describeRefusal(e) };
    throw e;
  }
}

/** A refused file's problems, one per line, each with its location. */
export function describeRefusal(e: FormatReadError): string {
  if (e.problems.length === 1 && !e.problems[0]?.path) return e.message;
  return [
    `${e.fileName}: ${e.problems.length} problems`,
    ...e.problems.map(
      (p) => `  ${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`,
    ),
  ].join('\n');
}
