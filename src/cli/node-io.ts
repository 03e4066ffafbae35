import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliIo } from './command';

/**
 * The CLI's real input and output: the process's streams and the file system. Writes are
 * atomic: the data goes to a temporary file beside the target, then a rename replaces the
 * target, so an interrupted run never leaves half a file where a good one was.
 */
export function nodeIo(): CliIo {
  quietOnClosedPipe();
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    async readFile(path) {
      try {
        return new Uint8Array(await readFile(path));
      } catch (e) {
        throw new Error(`${path}: cannot read (${describe(e)})`);
      }
    },
    async writeFile(path, data) {
      const temporary = join(
        dirname(path),
        `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      try {
        await writeFile(temporary, data);
        await rename(temporary, path);
      } catch (e) {
        await rm(temporary, { force: true });
        throw new Error(`${path}: cannot write (${describe(e)})`);
      }
    },
  };
}

let listening = false;

/** Output piped into `head` and closed early is not an error of ours: stop quietly. */
function quietOnClosedPipe(): void {
  if (listening) return;
  listening = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return e instanceof Error ? e.message : String(e);
}
