import type { InputFile } from '../../../core/corpus/parse-outcome';

/** Reads picked or dropped File objects into the parsers' input shape. */
export async function readFiles(files: Iterable<File>): Promise<InputFile[]> {
  const list: InputFile[] = [];
  for (const file of files) {
    const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
    try {
      list.push({
        name: file.name,
        path: relative || undefined,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
    } catch {
      // An unreadable file still reaches the parsers, which report it by name.
      list.push({ name: file.name, path: relative || undefined, bytes: new Uint8Array(0) });
    }
  }
  return list;
}
