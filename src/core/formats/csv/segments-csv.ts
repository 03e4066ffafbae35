import type { WriteProgress } from '../registry-types';
import Papa from 'papaparse';
import { offsetConverter } from '../../anchoring/code-points';
import type { ProjectSnapshot } from '../../model/snapshot';
import { liveAnnotationsByDocument } from '../shared/annotations-by-document';
import { codePaths } from '../shared/code-paths';

/** Options for the coded-segments table. */
export interface SegmentsCsvOptions {
  /** Separator between the names of a code path ("Parent > Child"). */
  pathSeparator?: string;
  /** Start with a UTF-8 byte order mark, so Excel opens the file as UTF-8. */
  bom?: boolean;
  /** Hears each document written, of all live documents. */
  onProgress?: WriteProgress;
}

/**
 * The columns of the coded-segments table, in order. Offsets are given twice because R and
 * pandas users slice strings by code points while JavaScript tools count UTF-16 units.
 */
export const SEGMENT_COLUMNS = [
  'annotation_id',
  'document',
  'document_id',
  'code_path',
  'code_id',
  'start_codepoint',
  'end_codepoint',
  'start_utf16',
  'end_utf16',
  'quote',
  'coder',
  'coder_id',
  'memo',
  'created',
  'updated',
] as const;

/** One row of the coded-segments table. */
export type SegmentRow = Record<(typeof SEGMENT_COLUMNS)[number], string | number>;

/**
 * The live coded segments of a project as rows: one per annotation and code, in document then
 * text order, so a segment with two codes appears twice with the same `annotation_id` (the shape
 * R's tidy data and Excel pivot tables expect). Tombstoned records are left out.
 */
export function segmentRows(
  snapshot: ProjectSnapshot,
  options: SegmentsCsvOptions = {},
): SegmentRow[] {
  const separator = options.pathSeparator ?? ' > ';
  const paths = codePaths(snapshot.codes);
  const liveCodes = new Set(snapshot.codes.filter((c) => !c.deleted).map((c) => c.id));
  const coders = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const documents = snapshot.documents.filter((d) => !d.deleted);
  const rows: SegmentRow[] = [];
  const byDocument = liveAnnotationsByDocument(snapshot.annotations);
  let written = 0;
  for (const doc of [...documents].sort(
    (x, y) => x.name.localeCompare(y.name) || cmp(x.id, y.id),
  )) {
    options.onProgress?.(written++, documents.length);
    const annotations = byDocument.get(doc.id) ?? [];
    // One converter per document (each scans its text once), only where there are segments.
    const converter =
      annotations.length && doc.text !== undefined ? offsetConverter(doc.text) : null;
    for (const a of annotations) {
      for (const codeId of a.codeIds) {
        if (!liveCodes.has(codeId)) continue;
        rows.push({
          annotation_id: a.id,
          document: doc.name,
          document_id: doc.id,
          code_path: (paths.get(codeId) ?? []).join(separator),
          code_id: codeId,
          start_codepoint: converter ? converter.toCodePoint(a.start) : '',
          end_codepoint: converter ? converter.toCodePoint(a.end) : '',
          start_utf16: a.start,
          end_utf16: a.end,
          quote: a.quote,
          coder: coders.get(a.createdBy) ?? a.createdBy,
          coder_id: a.createdBy,
          memo: a.memo,
          created: a.createdAt,
          updated: a.updatedAt,
        });
      }
    }
  }
  options.onProgress?.(documents.length, documents.length);
  return rows;
}

/** Compares ids by code unit, so the order never depends on the locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The coded segments as RFC 4180 CSV (UTF-8, CRLF line ends, fields quoted where needed), for R,
 * pandas and Excel. Formula-looking cells are written as they are: this file is data, and the
 * quote column must equal the text exactly.
 */
export function exportSegmentsCsv(
  snapshot: ProjectSnapshot,
  options: SegmentsCsvOptions = {},
): string {
  const csv = Papa.unparse(
    {
      fields: [...SEGMENT_COLUMNS],
      data: segmentRows(snapshot, options).map((r) => SEGMENT_COLUMNS.map((c) => r[c])),
    },
    { newline: '\r\n', quotes: false },
  );
  return (options.bom ? '\uFEFF' : '') + csv + '\r\n';
}
