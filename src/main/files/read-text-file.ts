import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** Exchange files and codebooks larger than this are refused (200 MiB). */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

/** Thrown when a text file is larger than the cap; the message is for the user. */
export class FileTooLargeError extends Error {
  constructor(path: string, size: number, limit: number) {
    super(
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MiB; files over ${limit / 1024 / 1024} MiB cannot be opened.`,
    );
    this.name = 'FileTooLargeError';
  }
}

/** Reads one file the user picked as bytes (archives), refusing files over the cap first. */
export async function readFileBytes(
  path: string,
  maxBytes: number = MAX_TEXT_FILE_BYTES,
): Promise<{ name: string; bytes: Uint8Array }> {
  const info = await stat(path);
  if (info.size > maxBytes) throw new FileTooLargeError(path, info.size, maxBytes);
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new FileTooLargeError(path, bytes.byteLength, maxBytes);
  return { name: basename(path), bytes: new Uint8Array(bytes) };
}

/**
 * Reads one text file the user picked, as UTF-8 (a BOM is dropped), refusing files over the
 * cap before reading them.
 */
export async function readTextFile(
  path: string,
  maxBytes: number = MAX_TEXT_FILE_BYTES,
): Promise<{ name: string; content: string }> {
  const { name, bytes } = await readFileBytes(path, maxBytes);
  return { name, content: new TextDecoder('utf-8').decode(bytes) };
}
