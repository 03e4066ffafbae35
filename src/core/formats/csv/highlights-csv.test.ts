// Tests read the real export in place; the core's purity rule is for shipped code.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { smallProject } from '../test-support/small-project';
import { importW3c } from '../w3c/import-w3c';
import { highlightsCsvAsW3c, isHighlightsCsv } from './highlights-csv';

const real = readFileSync(
  new URL('../../../../../shared/interop/taguette-testoracle-highlights.csv', import.meta.url),
  'utf8',
);

describe("Taguette's highlights CSV", () => {
  it('places every highlight of the real export by its quote, one annotation per highlight with each tag', () => {
    expect(isHighlightsCsv(real)).toBe(true);
    const rows = Papa.parse<string[]>(real, { skipEmptyLines: 'greedy' }).data.slice(1);
    // A project whose one document holds each highlighted text (the originals are not shared).
    const base = smallProject();
    const text = [...new Set(rows.map((r) => r[3] ?? ''))].join('\n\nand then\n\n');
    const doc = { ...base.documents[0]!, name: rows[0]?.[1] ?? '', text };
    const project = { ...base, documents: [doc], annotations: [] };
    const w3c = highlightsCsvAsW3c('highlights.csv', real);
    if (!w3c.ok) throw new Error(w3c.problems.join('\n'));
    let n = 0;
    const read = importW3c('highlights.csv', JSON.stringify(w3c.annotations), {
      snapshot: project,
      coderId: 'ada',
      now: '2026-11-30T09:00:00.000Z',
      newId: () => `h-${++n}`,
    });
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.orphans).toEqual([]);
    expect(read.annotations).toHaveLength(new Set(rows.map((r) => r[0])).size);
    expect(read.annotations.reduce((k, a) => k + a.codeIds.length, 0)).toBe(rows.length);
    for (const a of read.annotations) expect(text.slice(a.start, a.end)).toBe(a.quote);
    // Backslash paths become nested codes.
    const nested = rows.filter((r) => (r[2] ?? '').includes('\\')).length;
    expect(read.codes.filter((c) => c.parentId !== null).length).toBeGreaterThanOrEqual(nested);
  });

  it('refuses another CSV or a broken row, naming the file and row', () => {
    expect(highlightsCsvAsW3c('x.csv', 'path,colour\nA,#fff\n')).toMatchObject({ ok: false });
    const bad = highlightsCsvAsW3c('h.csv', 'id,document,tag,content\n1,doc,tag,\n');
    expect(bad.ok ? [] : bad.problems).toEqual([expect.stringMatching(/^h\.csv, row 2: /)]);
  });
});
