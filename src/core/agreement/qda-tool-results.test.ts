import { describe, expect, it } from 'vitest';
import { agreementTable } from './agreement-table';
import { kUAlpha } from './cu-alpha';
import { AgreementInputError } from './input-error';
import { plainReading } from './reading';
import { maxqdaFromProject, nvivoRows } from './qda-tool-figures';
import { teamSnapshot } from './test-support/snapshot';

const TEXT = 'One two three. Four five six. Seven eight nine ten.';
// Ann and Bob agree on "One two three" (harm); Bob's "Four five six" (hope) is 2 characters
// shorter than Ann's, and Bob alone codes "Seven" (harm).
const team = teamSnapshot(
  { d1: TEXT, d2: 'Eleven twelve.' },
  ['harm', 'hope', 'unused'],
  ['ann', 'bob'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 0, end: 13, codes: ['harm'] },
    { coder: 'ann', document: 'd1', start: 15, end: 28, codes: ['hope'] },
    { coder: 'bob', document: 'd1', start: 15, end: 26, codes: ['hope'] },
    { coder: 'bob', document: 'd1', start: 30, end: 35, codes: ['harm'] },
    { coder: 'ann', document: 'd2', start: 0, end: 6, codes: ['hope'] },
  ],
);
const d1 = { unit: 'character' as const, documentIds: ['d1'] };
const cell = (table: ReturnType<typeof agreementTable>, code: string, i = 0) =>
  (code === '' ? table.allCodes : table.rows.find((r) => r.codeId === code))?.results[i];

describe('the QDA tools’ figures and (k)uα in the agreement table', () => {
  it('NVivo’s per-code figures on one document are its coding comparison’s, as shares', () => {
    const table = agreementTable(team, d1, ['nvivo-percent', 'nvivo-kappa']);
    for (const row of nvivoRows(team, 'ann', 'bob', { documentIds: ['d1'] })) {
      expect(cell(table, row.codeId, 0)?.value).toBeCloseTo(row.figures.agreementPercent / 100, 12);
      expect(cell(table, row.codeId, 1)?.value).toBeCloseTo(row.figures.kappa, 12);
      expect(cell(table, row.codeId, 1)?.units).toBe(TEXT.length);
    }
    // Harm: 5 of 51 characters differ.
    expect(cell(table, 'harm')?.value).toBeCloseTo(46 / 51, 12);
    expect(plainReading(cell(table, 'harm')!)).toMatch(/90\.20 % of the document's characters/);
    expect(cell(table, '')?.reason).toMatch(/one code at a time/);
    const both = agreementTable(team, { unit: 'character' }, ['nvivo-kappa']);
    expect(cell(both, 'harm')?.value).toBeNull();
    expect(cell(both, 'harm')?.reason).toMatch(/per code and document/);
  });

  it('MAXQDA’s segment agreement per code and over all codes, its kappa, with the threshold', () => {
    const measures = ['maxqda-percent', 'maxqda-kappa'] as const;
    const at90 = agreementTable(team, { unit: 'character' }, measures);
    const figures = maxqdaFromProject(team, 'ann', 'bob');
    for (const r of figures.codes)
      expect(cell(at90, r.codeId)?.value).toBeCloseTo(
        r.agreements / (r.agreements + r.disagreements),
        12,
      );
    // Harm: both "One two three" match (2), Bob's "Seven" does not; hope: 11/13 < 90 % overlap.
    expect(cell(at90, 'harm')?.value).toBeCloseTo(2 / 3, 12);
    expect(cell(at90, 'hope')?.value).toBe(0);
    expect(cell(at90, '')?.value).toBeCloseTo(2 / 6, 12);
    // Brennan and Prediger with q = 2 codes in the table: (po − 1/2)/(1 − 1/2).
    expect(cell(at90, '', 1)?.value).toBeCloseTo((2 / 6 - 0.5) / 0.5, 12);
    expect(cell(at90, 'harm', 1)?.reason).toMatch(/all codes/);
    expect(cell(at90, 'unused')?.reason).toMatch(/No chosen coder applied this code/);
    const at80 = agreementTable(team, { unit: 'character' }, measures, { threshold: 0.8 });
    expect(cell(at80, 'hope')?.value).toBeCloseTo(2 / 3, 12);
    expect(cell(at80, '', 1)?.name).toMatch(/minimum overlap 80 %/);
  });

  it('the tools’ figures compare two coders only', () => {
    const three = { ...team, coders: [...team.coders, { id: 'cy', name: 'cy', createdAt: 'n' }] };
    expect(() =>
      agreementTable(three, { unit: 'character', coderIds: ['ann', 'bob', 'cy'] }, ['nvivo-kappa']),
    ).toThrow(AgreementInputError);
  });

  it('(k)uα per code is each code’s figure from all chosen codes as values', () => {
    const table = agreementTable(team, d1, ['k-u-alpha', 'cu-alpha']);
    const allCodes = table.allCodes.results[1]!;
    expect(allCodes.value).toEqual(expect.any(Number));
    const spans = {
      continuum: [0, TEXT.length] as [number, number],
      coders: [
        [
          { start: 0, end: 13, value: 'harm' },
          { start: 15, end: 28, value: 'hope' },
        ],
        [
          { start: 0, end: 13, value: 'harm' },
          { start: 15, end: 26, value: 'hope' },
          { start: 30, end: 35, value: 'harm' },
        ],
      ],
    };
    const values = kUAlpha(spans).details.values as Record<string, { value: number | null }>;
    expect(cell(table, 'harm')?.value).toBeCloseTo(values.harm!.value!, 12);
    expect(cell(table, 'hope')?.value).toBeCloseTo(values.hope!.value!, 12);
    expect(cell(table, 'harm')?.name).toMatch(/^\(k\)uα, per-value unitizing alpha/);
    expect(cell(table, '')?.value).toBeNull();
    expect(cell(table, '')?.reason).toMatch(/one figure per code/);
    expect(plainReading(cell(table, 'harm')!)).toMatch(/^\(k\)uα = /);
    expect(cell(table, 'unused')?.reason).toMatch(/No chosen coder applied this code/);
  });
});
