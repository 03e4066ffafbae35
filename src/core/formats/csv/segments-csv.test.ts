import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { smallProject } from '../test-support/small-project';
import { exportSegmentsCsv, SEGMENT_COLUMNS } from './segments-csv';

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('coded segments as CSV', () => {
  it('writes one row per live segment and code, with both offset conventions', () => {
    const project = smallProject();
    const csv = exportSegmentsCsv(project);
    const rows = parse(csv);
    expect(Object.keys(rows[0] ?? {})).toEqual([...SEGMENT_COLUMNS]);
    // a1 has two codes, a2 one, a3 is in the trash.
    expect(rows.map((r) => [r.annotation_id, r.code_path])).toEqual([
      ['a2', 'Actors'],
      ['a1', 'Actors > Council'],
      ['a1', 'Tone'],
    ]);
    const text = project.documents[0]?.text ?? '';
    const codePoints = [...text];
    for (const row of rows) {
      const utf16 = text.slice(Number(row.start_utf16), Number(row.end_utf16));
      const cps = codePoints.slice(Number(row.start_codepoint), Number(row.end_codepoint)).join('');
      expect(row.quote).toBe(utf16);
      expect(cps).toBe(utf16);
    }
    // The emoji before the segments makes the two conventions differ by one.
    expect(Number(rows[0]?.start_utf16) - Number(rows[0]?.start_codepoint)).toBe(1);
    expect(rows[0]?.coder).toBe('Bo, "the second"');
    expect(rows[1]?.memo).toBe('memo, with comma');
  });

  it('follows RFC 4180: CRLF records, quoted fields with commas, quotes and line breaks', () => {
    const csv = exportSegmentsCsv(smallProject());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Bo, ""the second"""');
    expect(csv.split('\r\n')[0]).toBe(SEGMENT_COLUMNS.join(','));
  });

  it('starts with a BOM only when asked, for Excel', () => {
    expect(exportSegmentsCsv(smallProject()).startsWith('\uFEFF')).toBe(false);
    expect(exportSegmentsCsv(smallProject(), { bom: true }).startsWith('\uFEFF')).toBe(true);
  });
});
