import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits';
import { RefiQdaError } from './refi-error';

/** The entries of an archive that were unpacked, by their path inside it (`/` separators). */
export interface UnpackedArchive {
  /** Every entry name, as listed (after separator normalisation). */
  names: string[];
  /** Unpacked bytes of the entries `wanted` accepted. */
  files: Map<string, Uint8Array>;
}

/**
 * Whether an entry name would leave the folder it is unpacked into: absolute paths, drive
 * letters, `..` segments, NUL. Zip Slip is refused even though nothing here writes to disk,
 * because an archive that tries it is hostile, and saying so is clearer than ignoring it.
 */
export function escapesArchive(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return (
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\0') ||
    path.split('/').some((segment) => segment === '..')
  );
}

/** Input is fed to the streaming unzipper in slices this big, so a bomb is caught early. */
const SLICE = 16 * 1024;

/**
 * Unpacks a zip archive held in memory without trusting it: fflate's streaming `Unzip` is fed in
 * small slices and every entry's output is counted as it arrives, so an entry or a whole archive
 * that unpacks past the limits (or at a zip-bomb ratio) is stopped after at most one slice, and
 * the archive is refused with a message naming `fileName` and the problem. Only entries that
 * `wanted` accepts are unpacked; the others are listed and skipped.
 */
export function unpackArchive(
  bytes: Uint8Array,
  fileName: string,
  wanted: (name: string) => boolean,
  limits: ArchiveLimits = DEFAULT_LIMITS,
): UnpackedArchive {
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let failure: string | null = null;
  const fail = (problem: string) => {
    failure ??= problem;
  };

  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file: UnzipFile) => {
    if (failure) return;
    const name = file.name.replace(/\\/g, '/');
    names.push(name);
    if (names.length > limits.maxEntries) {
      return fail(`the archive has more than ${limits.maxEntries} entries`);
    }
    if (escapesArchive(file.name)) {
      return fail(`the entry "${file.name}" would be unpacked outside the archive`);
    }
    if (name.endsWith('/') || !wanted(name)) return;
    if (file.originalSize !== undefined && file.originalSize > limits.maxEntryBytes) {
      return fail(entryTooBig(name, limits));
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) return fail(`the entry "${name}" is damaged (${err.message})`);
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) return stop(file, entryTooBig(name, limits));
      if (total > limits.maxTotalBytes) {
        return stop(file, `the archive unpacks to more than ${mib(limits.maxTotalBytes)}`);
      }
      const packed = file.size && file.size > 0 ? file.size : bytes.length;
      if (size > limits.ratioFloorBytes && size / packed > limits.maxCompressionRatio) {
        return stop(
          file,
          `the entry "${name}" unpacks more than ${limits.maxCompressionRatio} times its packed size (a zip bomb?)`,
        );
      }
      chunks.push(chunk);
      if (final) files.set(name, concat(chunks, size));
    };
    try {
      file.start();
    } catch (e) {
      fail(`the entry "${name}" cannot be unpacked (${messageOf(e)})`);
    }
  };
  const stop = (file: UnzipFile, problem: string) => {
    fail(problem);
    file.terminate();
  };

  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    fail(`the archive is damaged (${messageOf(e)})`);
  }
  if (failure) throw new RefiQdaError(fileName, failure);
  return { names, files };
}

function entryTooBig(name: string, limits: ArchiveLimits): string {
  return `the entry "${name}" unpacks to more than ${mib(limits.maxEntryBytes)}`;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${bytes} bytes`;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
