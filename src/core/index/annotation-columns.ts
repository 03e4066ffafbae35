import type { Annotation } from '../model/types';

/** What a row of the snapshot holds of an annotation (a full `Annotation` fits). */
export type ColumnAnnotation = Pick<Annotation, 'id' | 'start' | 'end' | 'codeIds'>;

/** Annotations overlapping `[start, end)` (the painter's query; see document-surface types). */
export type ColumnsQuery = (start: number, end: number) => readonly ColumnAnnotation[];

/** Spans longer than this go to a short side list, so one huge span cannot slow every query. */
const LONG_SPAN = 4096;

/**
 * A compact per-document snapshot of what painting needs: columnar typed arrays of starts,
 * ends and code indexes, sorted by start, plus the id of each row. 100,000 annotations take
 * about 1.6 MB here against tens of MB of full records, and an overlap query is a binary
 * search. The app paints from this at open and loads full records (quote, memo, stamps)
 * lazily; see ARCHITECTURE.md section 4. Storage keeps one per document (schema version 6),
 * patched in the transaction of every change set that touches the document's annotations.
 */
export interface AnnotationColumns {
  /** Annotation id per row. */
  readonly ids: readonly string[];
  /** Start offset per row (UTF-16 code units), ascending. */
  readonly starts: Uint32Array;
  /** End offset per row, end-exclusive. */
  readonly ends: Uint32Array;
  /** Row i's codes are `codes[codeStarts[i]] .. codes[codeStarts[i + 1] - 1]` (one more entry than rows). */
  readonly codeStarts: Uint32Array;
  /** Indexes into `codeIds`. */
  readonly codes: Uint16Array;
  /** The code table: code index → code id. */
  readonly codeIds: readonly string[];
  /** Rows whose span is longer than LONG_SPAN, scanned apart. */
  readonly longRows: Uint32Array;
}

/** Builds the snapshot from annotations in any order (deleted ones must be left out first). */
export function columnsFromAnnotations(
  annotations: readonly ColumnAnnotation[],
): AnnotationColumns {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  const n = sorted.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const codeStarts = new Uint32Array(n + 1);
  const codeTable = new Map<string, number>();
  const codeList: number[] = [];
  const longRows: number[] = [];
  const ids: string[] = new Array<string>(n);
  sorted.forEach((a, i) => {
    ids[i] = a.id;
    starts[i] = a.start;
    ends[i] = a.end;
    codeStarts[i] = codeList.length;
    for (const id of a.codeIds) codeList.push(codeIndex(codeTable, id));
    if (a.end - a.start > LONG_SPAN) longRows.push(i);
  });
  return finishColumns(ids, starts, ends, codeStarts, codeList, codeTable, longRows);
}

/** The row as the surface reads it (a light object; the full record is loaded on demand). */
export function columnsRow(columns: AnnotationColumns, row: number): ColumnAnnotation {
  const codeIds: string[] = [];
  for (let k = columns.codeStarts[row]!; k < columns.codeStarts[row + 1]!; k++) {
    codeIds.push(columns.codeIds[columns.codes[k]!]!);
  }
  return { id: columns.ids[row]!, start: columns.starts[row]!, end: columns.ends[row]!, codeIds };
}

/**
 * Rows overlapping `[start, end)`, in start order: a binary search for the first start that can
 * still reach `start` (short spans only), a scan while starts are before `end`, then the few
 * long spans.
 */
export function overlappingRows(columns: AnnotationColumns, start: number, end: number): number[] {
  const { starts, ends, longRows } = columns;
  const from = start - LONG_SPAN;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const rows: number[] = [];
  for (let i = lo; i < starts.length && starts[i]! < end; i++) {
    if (ends[i]! > start && ends[i]! - starts[i]! <= LONG_SPAN) rows.push(i);
  }
  let added = false;
  for (const i of longRows) {
    if (starts[i]! < end && ends[i]! > start) {
      rows.push(i);
      added = true;
    }
  }
  return added ? rows.sort((a, b) => a - b) : rows;
}

/** The painter's query over a snapshot. */
export function columnsQuery(columns: AnnotationColumns): ColumnsQuery {
  return (start, end) => overlappingRows(columns, start, end).map((r) => columnsRow(columns, r));
}

/**
 * The snapshot after an edit: rows whose id is in `removed` dropped, `added` rows merged in
 * (an annotation both removed and added is replaced). O(n) over typed arrays, so keeping the
 * snapshot current costs about a millisecond per edit at 100,000 annotations.
 */
export function patchColumns(
  columns: AnnotationColumns,
  removed: ReadonlySet<string>,
  added: readonly ColumnAnnotation[],
): AnnotationColumns {
  const steps = patchSteps(columns, removed, added, Infinity);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `patchColumns` awaiting `pause()` after every `step` rows, so patching the snapshot of a
 * document of 100,000 annotations is several short tasks instead of one long one (storage
 * passes a pause that keeps its transaction open).
 */
export async function patchColumnsInSteps(
  columns: AnnotationColumns,
  removed: ReadonlySet<string>,
  added: readonly ColumnAnnotation[],
  pause: () => Promise<unknown>,
  step = 10_000,
): Promise<AnnotationColumns> {
  const steps = patchSteps(columns, removed, added, step);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

/** `patchColumns`'s work, yielding after every `step` rows of each pass over the snapshot. */
function* patchSteps(
  columns: AnnotationColumns,
  removed: ReadonlySet<string>,
  added: readonly ColumnAnnotation[],
  step: number,
): Generator<void, AnnotationColumns> {
  const fresh = [...added].sort((a, b) => a.start - b.start || a.end - b.end);
  const codeTable = new Map(columns.codeIds.map((id, i) => [id, i]));
  const n = columns.ids.length;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (!removed.has(columns.ids[i]!)) kept++;
    if (i % step === step - 1) yield;
  }
  const total = kept + fresh.length;
  const ids = new Array<string>(total);
  const starts = new Uint32Array(total);
  const ends = new Uint32Array(total);
  const codeStarts = new Uint32Array(total + 1);
  const codes: number[] = [];
  const longRows: number[] = [];
  let row = 0;
  const place = (id: string, start: number, end: number) => {
    ids[row] = id;
    starts[row] = start;
    ends[row] = end;
    codeStarts[row] = codes.length;
    if (end - start > LONG_SPAN) longRows.push(row);
    row++;
  };
  const old = columns.codes;
  const oldStarts = columns.codeStarts;
  let f = 0;
  for (let i = 0; i <= n; i++) {
    if (i % step === step - 1) yield;
    const start = i < n ? columns.starts[i]! : Infinity;
    const end = i < n ? columns.ends[i]! : Infinity;
    while (
      f < fresh.length &&
      (fresh[f]!.start < start || (fresh[f]!.start === start && fresh[f]!.end < end))
    ) {
      const a = fresh[f++]!;
      place(a.id, a.start, a.end);
      for (const id of a.codeIds) codes.push(codeIndex(codeTable, id));
    }
    if (i === n || removed.has(columns.ids[i]!)) continue;
    // The kept row's codes are copied index by index: a view per row (`subarray`) made a
    // patch of 100,000 rows allocate 100,000 views.
    place(columns.ids[i]!, start, end);
    for (let k = oldStarts[i]!; k < oldStarts[i + 1]!; k++) codes.push(old[k]!);
  }
  return finishColumns(ids, starts, ends, codeStarts, codes, codeTable, longRows);
}

/** The index of code `id` in `codeTable`, adding it at the end if it is not there yet. */
function codeIndex(codeTable: Map<string, number>, id: string): number {
  let index = codeTable.get(id);
  if (index === undefined) {
    index = codeTable.size;
    codeTable.set(id, index);
  }
  return index;
}

/**
 * Closes a snapshot built row by row (`columnsFromAnnotations`, `patchColumns`): sets the last
 * entry of `codeStarts` (one more than rows), refuses more codes than a Uint16Array can index,
 * and packs the code and long-row lists into typed arrays.
 */
function finishColumns(
  ids: readonly string[],
  starts: Uint32Array,
  ends: Uint32Array,
  codeStarts: Uint32Array,
  codes: readonly number[],
  codeTable: ReadonlyMap<string, number>,
  longRows: readonly number[],
): AnnotationColumns {
  codeStarts[ids.length] = codes.length;
  if (codeTable.size > 0xffff) throw new Error('More than 65,535 codes in one document snapshot');
  return {
    ids,
    starts,
    ends,
    codeStarts,
    codes: Uint16Array.from(codes),
    codeIds: [...codeTable.keys()],
    longRows: Uint32Array.from(longRows),
  };
}
