import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { smallProject } from '../test-support/small-project';
import { exportSegmentsXlsx } from './segments-xlsx';

/** The text of every cell of a sheet, row by row, read back from the workbook's XML. */
function sheetCells(files: Record<string, Uint8Array>, index: number): string[][] {
  const shared = files['xl/sharedStrings.xml'];
  const strings = shared
    ? [...strFromU8(shared).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
      )
    : [];
  const xml = strFromU8(files[`xl/worksheets/sheet${index}.xml`] ?? new Uint8Array());
  return [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const v =
        /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '';
      const text = /t="s"/.test(attrs) ? (strings[Number(v)] ?? '') : v;
      // Empty cells are left out of the XML: place each by its reference (r="F2").
      const letters = /r="([A-Z]+)\d+"/.exec(attrs)?.[1] ?? 'A';
      const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      while (cells.length < column) cells.push('');
      cells[column] = text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    }
    return cells;
  });
}

describe('coded segments as XLSX', () => {
  it('writes a workbook with segments, codes and documents sheets', async () => {
    const bytes = await exportSegmentsXlsx(smallProject());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip archive
    const files = unzipSync(bytes);
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Segments',
      'Codes',
      'Documents',
    ]);
    const segments = sheetCells(files, 1);
    expect(segments[0]?.slice(0, 4)).toEqual([
      'annotation_id',
      'document',
      'document_id',
      'code_path',
    ]);
    expect(segments.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ['a2', 'Actors'],
      ['a1', 'Actors > Council'],
      ['a1', 'Tone'],
    ]);
    expect(segments[2]?.[9]).toBe('Council café');
    const codes = sheetCells(files, 2);
    expect(codes.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ['Actors', '1'],
      ['Actors > Council', '1'],
      ['Tone', '1'],
    ]);
    const documents = sheetCells(files, 3);
    expect(documents[1]?.[0]).toBe('First.txt');
    expect(documents[1]?.[7]).toBe('2');
  });

  it('gives each document attribute a column of the documents sheet', async () => {
    const project = smallProject();
    const [first] = project.documents;
    if (!first) throw new Error('a document');
    const second = { ...first, id: 'd2', name: 'Second.txt', attributes: { site: 'Lyon' } };
    const bytes = await exportSegmentsXlsx({
      ...project,
      documents: [{ ...first, attributes: { age: '34', site: 'Nantes' } }, second],
    });
    const documents = sheetCells(unzipSync(bytes), 3);
    expect(documents[0]?.slice(9)).toEqual(['age', 'site']);
    expect(documents.slice(1).map((r) => [r[0], r[9] ?? '', r[10]])).toEqual([
      ['First.txt', '34', 'Nantes'],
      ['Second.txt', '', 'Lyon'],
    ]);
  });
});
