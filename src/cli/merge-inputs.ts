import type { CliIo } from './command';
import { parseExchangeFile } from '../core/exchange/import';
import { canonicalJson } from '../core/model/revision';
import type { ProjectSnapshot } from '../core/model/snapshot';
import type { Id, Timestamp } from '../core/model/types';
import { formatForReading } from '../core/formats/registry';
import { FormatReadError, type FormatContext } from '../core/formats/registry-types';
import { seededRandom } from '../core/random/seeded-random';
import { highlightsCsvAsW3c, isHighlightsCsv } from '../core/formats/csv/highlights-csv';
import { describeRefusal, progress } from './read-project';

/**
 * One input of `marginalia merge`, read: a project (native exchange file, or any format read
 * into a snapshot), or a file that only means something against a project (W3C annotations and
 * Taguette's highlights CSV need its texts; a codebook CSV adds to its codebook), applied after
 * every project is merged.
 */
export type MergeInput =
  | { kind: 'project'; path: string; key: string; native: boolean; snapshot: ProjectSnapshot }
  | { kind: 'w3c' | 'codebook-csv'; path: string; key: string; text: string };

/** Where each kind goes in the merge order: projects first, then codebooks, then annotations. */
export const INPUT_RANK: Record<MergeInput['kind'], number> = {
  project: 0,
  'codebook-csv': 1,
  w3c: 2,
};

/**
 * Ids made while reading a file come from its bytes (FNV-1a seeding a fixed generator), so the
 * same inputs give the same merged file whatever order they are named in.
 */
export function contentIds(bytes: Uint8Array): () => Id {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  const random = seededRandom(h >>> 0);
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return () => `${hex(8)}-${hex(4)}-7${hex(3)}-8${hex(3)}-${hex(12)}`;
}

/** A key fixed by a file's content: the order inputs are merged in. */
function bytesKey(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ (bytes[i] as number), 0x01000193);
    h2 = Math.imul(h2 ^ (bytes[i] as number), 0x5bd1e995);
  }
  return `${bytes.length.toString(16).padStart(12, '0')}${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}`;
}

/**
 * Reads one input of `marginalia merge` by its format (extension, else content). Native files
 * keep their records as they are; other projects get ids from their content and `now`. Returns
 * null after saying on stderr why the file cannot take part.
 */
export async function readMergeInput(
  path: string,
  io: CliIo,
  now: Timestamp,
): Promise<MergeInput | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  progress(io, 'Reading', path, bytes.length);
  const format = formatForReading(path, bytes);
  const text = () => new TextDecoder().decode(bytes);
  if (/\.csv$/i.test(path) && isHighlightsCsv(text())) {
    // Taguette's highlights: quotes without positions, placed like W3C annotations.
    const read = highlightsCsvAsW3c(path, text());
    if (!read.ok) {
      io.stderr(`${path}: not merged\n${read.problems.map((p) => `  ${p}\n`).join('')}`);
      return null;
    }
    return { kind: 'w3c', path, key: bytesKey(bytes), text: JSON.stringify(read.annotations) };
  }
  if (format?.name === 'w3c' || format?.name === 'codebook-csv') {
    return { kind: format.name, path, key: bytesKey(bytes), text: text() };
  }
  if (format?.name === 'native') {
    const parsed = parseExchangeFile(path, text());
    if (!parsed.ok) {
      io.stderr(`${path}: not merged, ${parsed.problems.length} problem(s)\n`);
      for (const p of parsed.problems.slice(0, 20)) {
        io.stderr(`  ${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}\n`);
      }
      return null;
    }
    for (const w of parsed.warnings) io.stderr(`${path}: ${w.message}\n`);
    const { format: _f, version: _v, exportedAt: _at, exportedBy: _by, ...snapshot } = parsed.data;
    const key = canonicalJson({ ...parsed.data, exportedAt: '', exportedBy: null });
    return { kind: 'project', path, key, native: true, snapshot };
  }
  if (!format?.read) {
    io.stderr(
      `${path}: not merged: not a format marginalia merge reads (a project, a .qdpx/.qde/.qdc, a .txt/.md/.html document, a .codebook.csv, W3C .w3c.json/.jsonld or a Taguette highlights .csv)\n`,
    );
    return null;
  }
  const context: FormatContext = { fileName: path, now, newId: contentIds(bytes) };
  try {
    const read = await format.read(bytes, context);
    for (const note of read.notes) io.stderr(`  ${note}\n`);
    return { kind: 'project', path, key: bytesKey(bytes), native: false, snapshot: read.snapshot };
  } catch (e) {
    if (e instanceof FormatReadError) {
      io.stderr(`${describeRefusal(e)}\n`);
      return null;
    }
    throw e;
  }
}
