import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { agreementTable } from '../../../../core/agreement/agreement-table';
import { teamSnapshot } from '../../../../core/agreement/test-support/snapshot';
import { agreementChart } from './bar-chart';
import { agreementCsv, outcomeViews, tableView } from './table-view';

const TEXT = 'One two three. Four five six. Seven eight nine ten.';
// Words: ann codes words 1-3, bob words 1-3 and 4: 10 words, one disagreement.
const snapshot = teamSnapshot(
  { d1: TEXT },
  ['=harm', 'unused'],
  ['ann', 'bob'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['=harm'] },
    { coder: 'bob', document: 'd1', start: 0, end: 19, codes: ['=harm'] },
  ],
);
const table = agreementTable(snapshot, { unit: 'word' }, ['percent', 'alpha', 'u-alpha']);

describe('the agreement view’s table', () => {
  it('names each column exactly, reads each figure in words, and gives reasons for undefined ones', () => {
    const view = tableView(table, { name: 'All chosen documents', documentId: null });
    expect(view.columns.map((c) => c.name)).toEqual([
      'Percent agreement',
      "Krippendorff's alpha (nominal)",
      expect.stringMatching(/^uα, unitizing alpha \(Krippendorff, Mathet/),
    ]);
    const [harm, unused] = view.lines;
    // 9 of 10 words agree.
    expect(harm?.cells[0]).toMatchObject({ value: 0.9, text: '0.900', units: 10 });
    expect(harm?.cells[0]?.reading).toMatch(/90 % of pairable values agree/);
    expect(harm?.cells[1]?.reading).toMatch(/^α = /);
    // Nobody used it: every unit agrees on "absent" (percent 1), the alpha family is undefined.
    expect(unused?.cells.map((c) => c.text)).toEqual(['1.000', 'undefined', 'undefined']);
    expect(unused?.cells[1]?.reason).toMatch(/No chosen coder applied/);
    expect(view.allCodes.cells[0]?.reason).toMatch(/Unit measures/);
  });

  it('writes a tidy CSV with full precision, exact names, reasons, and formula-safe text', () => {
    const csv = agreementCsv(outcomeViews({ whole: table, perDocument: [] }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true }).data;
    expect(rows).toHaveLength(3 * 3);
    const percent = rows.find((r) => r.measure === 'percent' && r.code_id === '=harm');
    expect(percent).toMatchObject({ code: "'=harm", value: '0.9', units: '10', unit: 'word' });
    const undefinedRow = rows.find((r) => r.code === 'unused' && r.measure === 'alpha');
    expect(undefinedRow?.value).toBe('');
    expect(undefinedRow?.undefined_reason).toMatch(/No chosen coder applied/);
  });

  it('carries the QDA tools’ figures and (k)uα in the table and the CSV under their exact names', () => {
    const both = teamSnapshot(
      { d1: TEXT },
      ['harm', 'hope'],
      ['ann', 'bob'],
      [
        { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
        { coder: 'bob', document: 'd1', start: 0, end: 19, codes: ['harm'] },
        { coder: 'bob', document: 'd1', start: 20, end: 29, codes: ['hope'] },
      ],
    );
    const measures = ['k-u-alpha', 'nvivo-kappa', 'maxqda-percent', 'maxqda-kappa'] as const;
    const tools = agreementTable(both, { unit: 'character' }, measures, { threshold: 0.5 });
    const view = tableView(tools, { name: 'All chosen documents', documentId: null });
    expect(view.columns.map((c) => c.name)).toEqual([
      expect.stringMatching(/^\(k\)uα, per-value unitizing alpha/),
      'NVivo coding comparison: Kappa coefficient (characters, one code in one document)',
      'MAXQDA segment agreement: percentage of segments matched (minimum overlap 50 %)',
      'MAXQDA kappa (Brennan & Prediger 1981) on segments (minimum overlap 50 %)',
    ]);
    const rows = Papa.parse<Record<string, string>>(agreementCsv([view]).slice(1).trim(), {
      header: true,
    }).data;
    // Harm: 13 of 19 characters shared, over 50 %: both segments match; hope: Bob's alone.
    const harm = rows.find((r) => r.code_id === 'harm' && r.measure === 'maxqda-percent');
    expect(harm).toMatchObject({ value: '1', units: '2' });
    const kappa = rows.find((r) => r.code === '(all codes)' && r.measure === 'maxqda-kappa');
    // po = 2/3 of segments, chance 1/q with q = 2 codes: (2/3 − 1/2)/(1 − 1/2).
    expect(Number(kappa?.value)).toBeCloseTo((2 / 3 - 1 / 2) / (1 / 2), 12);
    expect(kappa?.measure_name).toMatch(/^MAXQDA kappa/);
  });

  it('draws a bar per defined figure, "undefined" for the rest, and escapes names', () => {
    const { svg, width, height } = agreementChart(
      tableView(table, { name: 'Q&A <doc>', documentId: null }),
    );
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(svg).toContain('Q&#38;A &#60;doc&#62;');
    // harm: three figures; unused: percent only; (all codes): uα only.
    expect(svg.match(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="16"/g)).toHaveLength(5);
    expect(svg.match(/>undefined</g)).toHaveLength(4);
  });
});
