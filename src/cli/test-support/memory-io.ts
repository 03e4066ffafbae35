import type { CliIo } from '../command';

/** A CliIo over an in-memory file system, capturing stdout and stderr: for command tests. */
export interface MemoryIo extends CliIo {
  files: Map<string, Uint8Array>;
  out: string;
  err: string;
}

/** A fresh in-memory io holding `files`. */
export function memoryIo(files: Record<string, Uint8Array | string> = {}): MemoryIo {
  const io: MemoryIo = {
    files: new Map(
      Object.entries(files).map(([k, v]) => [
        k,
        typeof v === 'string' ? new TextEncoder().encode(v) : v,
      ]),
    ),
    out: '',
    err: '',
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    async readFile(path) {
      const data = io.files.get(path);
      if (!data) throw new Error(`${path}: cannot read (no such file or folder)`);
      return data;
    },
    async writeFile(path, data) {
      io.files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
  };
  return io;
}
