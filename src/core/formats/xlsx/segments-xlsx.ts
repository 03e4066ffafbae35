import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/universal';
import type { ProjectSnapshot } from '../../model/snapshot';
import { CODEBOOK_COLUMNS } from '../csv/codebook-csv';
import { SEGMENT_COLUMNS, segmentRows } from '../csv/segments-csv';
import { codePaths } from '../shared/code-paths';
import type { WriteProgress } from '../registry-types';

/** Excel refuses cells longer than this; a longer quote or memo is cut, and the cut is marked. */
export const XLSX_CELL_LIMIT = 32_767;

/**
 * A coded project as an Excel workbook, because that is what QDA users open first: a sheet of
 * coded segments (the same columns as the CSV), one of codes, one of documents with their
 * attributes. Written with write-excel-file (its universal build needs only fflate, which the
 * REFI-QDA archives already use), so it runs in core: the CLI, a worker or the renderer.
 */
export async function exportSegmentsXlsx(
  snapshot: ProjectSnapshot,
  onProgress?: WriteProgress,
): Promise<Uint8Array> {
  const header = (names: readonly string[]): Row =>
    names.map((value) => ({ value, fontWeight: 'bold' as const }));
  const segments: Row[] = [
    header(SEGMENT_COLUMNS),
    ...segmentRows(snapshot, { onProgress }).map((row) => SEGMENT_COLUMNS.map((c) => cell(row[c]))),
  ];
  const paths = codePaths(snapshot.codes);
  const counts = new Map<string, number>();
  for (const a of snapshot.annotations) {
    if (a.deleted) continue;
    for (const id of a.codeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const codes: Row[] = [
    header([...CODEBOOK_COLUMNS, 'code_id', 'segments', 'memo']),
    ...snapshot.codes
      .filter((c) => !c.deleted)
      .map((c) => ({ c, path: (paths.get(c.id) ?? [c.name]).join(' > ') }))
      .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
      .map(({ c, path }) => [
        cell(path),
        cell(c.color),
        cell(c.description),
        cell(c.hotkey ?? ''),
        cell(c.id),
        cell(counts.get(c.id) ?? 0),
        cell(c.memo),
      ]),
  ];
  const perDocument = new Map<string, number>();
  for (const a of snapshot.annotations) {
    if (!a.deleted) perDocument.set(a.documentId, (perDocument.get(a.documentId) ?? 0) + 1);
  }
  const live = snapshot.documents.filter((d) => !d.deleted);
  // One column per attribute name any document has (REFI-QDA variables), after the fixed ones.
  const attributeNames = [...new Set(live.flatMap((d) => Object.keys(d.attributes ?? {})))].sort();
  const documents: Row[] = [
    header([
      'document',
      'document_id',
      'format',
      'characters',
      'content_hash',
      'encoding',
      'imported',
      'annotations',
      'memo',
      ...attributeNames,
    ]),
    ...live.map((d) => [
      cell(d.name),
      cell(d.id),
      cell(d.format),
      cell(d.charCount),
      cell(d.contentHash),
      cell(d.encoding),
      cell(d.importedAt),
      cell(perDocument.get(d.id) ?? 0),
      cell(d.memo),
      ...attributeNames.map((name) => cell(d.attributes?.[name] ?? '')),
    ]),
  ];
  const sheets: Sheet<unknown>[] = [
    { data: segments, sheet: 'Segments', stickyRowsCount: 1 },
    { data: codes, sheet: 'Codes', stickyRowsCount: 1 },
    { data: documents, sheet: 'Documents', stickyRowsCount: 1 },
  ];
  // The universal build types its output as a Blob; Node 20 and browsers both have one.
  const blob = await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A cell of text or a number; text over Excel's limit is cut with a visible marker. */
function cell(value: string | number): {
  value: string | number;
  type: StringConstructor | NumberConstructor;
} {
  if (typeof value === 'number') return { value, type: Number };
  const text =
    value.length > XLSX_CELL_LIMIT ? `${value.slice(0, XLSX_CELL_LIMIT - 12)} [truncated]` : value;
  return { value: text, type: String };
}
