import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './input-error';
import { maxqdaFromProject, nvivoRows } from './qda-tool-figures';
import { teamSnapshot } from './test-support/snapshot';

const snapshot = teamSnapshot(
  { d1: 'x'.repeat(100), d2: 'y'.repeat(50) },
  ['harm', 'hope'],
  ['ann', 'bob'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 30, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 10, end: 40, codes: ['harm', 'hope'] },
    { coder: 'bob', document: 'd1', start: 35, end: 50, codes: ['harm'] },
    { coder: 'ann', document: 'd2', start: 0, end: 50, codes: ['hope'] },
    { coder: 'bob', document: 'd2', start: 0, end: 48, codes: ['hope'] },
  ],
);

describe('QDA tool figures on a project', () => {
  it('NVivo: a row per code and document', () => {
    const rows = nvivoRows(snapshot, 'ann', 'bob');
    expect(rows.map((r) => `${r.codeName}/${r.documentName}`)).toEqual([
      'harm/d1.txt',
      'harm/d2.txt',
      'hope/d1.txt',
      'hope/d2.txt',
    ]);
    const harmD1 = rows[0]?.figures;
    expect([harmD1?.both, harmD1?.onlyA, harmD1?.onlyB, harmD1?.neither]).toEqual([20, 10, 20, 50]);
    expect(rows[1]?.figures.kappa).toBe(1); // nobody coded harm in d2: complete agreement, as NVivo reports
  });

  it('MAXQDA: segments matched at 90 % overlap', () => {
    const result = maxqdaFromProject(snapshot, 'ann', 'bob');
    // hope in d2: 48/50 = 96 % → both segments agree; everything else disagrees.
    expect(result.codes).toEqual([
      { codeId: 'harm', agreements: 0, disagreements: 3, percent: 0 },
      { codeId: 'hope', agreements: 2, disagreements: 1, percent: (100 * 2) / 3 },
    ]);
    expect(maxqdaFromProject(snapshot, 'ann', 'bob', { threshold: 0.97 }).agreements).toBe(0);
  });

  it('refuses one coder twice or an unknown coder', () => {
    expect(() => nvivoRows(snapshot, 'ann', 'ann')).toThrow(AgreementInputError);
    expect(() => maxqdaFromProject(snapshot, 'ann', 'zed')).toThrow(/Unknown coder/);
  });
});
