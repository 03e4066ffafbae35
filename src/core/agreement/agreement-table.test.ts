import { describe, expect, it } from 'vitest';
import { agreementTable } from './agreement-table';
import { AgreementInputError } from './input-error';
import { teamSnapshot } from './test-support/snapshot';

const TEXT = 'One two three. Four five six. Seven eight nine ten.';
const snapshot = teamSnapshot(
  { d1: TEXT },
  ['harm', 'unused'],
  ['ann', 'bob', 'cy'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 0, end: 13, codes: ['harm'] },
    { coder: 'cy', document: 'd1', start: 4, end: 19, codes: ['harm'] },
  ],
);

describe('agreement table', () => {
  it('one row per code with the chosen measures', () => {
    const table = agreementTable(snapshot, { unit: 'word' }, ['alpha', 'u-alpha', 'percent']);
    expect(table.rows.map((r) => r.codeName)).toEqual(['harm', 'unused']);
    const harm = table.rows[0];
    expect(harm?.results.map((r) => r.measure)).toEqual(['alpha', 'u-alpha', 'percent']);
    expect(harm?.results[0]?.value).toEqual(expect.any(Number));
    expect(harm?.results[0]?.units).toBe(10);
  });

  it('a code nobody used: null with that reason', () => {
    const unused = agreementTable(snapshot, { unit: 'sentence' }, ['alpha', 'u-alpha']).rows[1];
    expect(
      unused?.results.every(
        (r) => r.value === null && /No chosen coder applied/.test(r.reason ?? ''),
      ),
    ).toBe(true);
  });

  it('one coder coded nothing: alpha is defined and low', () => {
    const table = agreementTable(
      snapshot,
      { unit: 'word', coderIds: ['ann', 'bob', 'cy'], codeIds: ['harm'] },
      ['alpha'],
    );
    expect(table.rows[0]?.results[0]?.value as number).toBeLessThan(1);
    const twoAgreeing = agreementTable(
      snapshot,
      { unit: 'word', coderIds: ['ann', 'bob'], codeIds: ['harm'] },
      ['alpha', 'cohen-kappa'],
    );
    expect(twoAgreeing.rows[0]?.results.map((r) => r.value)).toEqual([1, 1]);
  });

  it('all codes together: αU across codes; the 2016 family null when a coder multi-coded', () => {
    const apart = teamSnapshot(
      { d1: TEXT },
      ['harm', 'hope'],
      ['ann', 'bob'],
      [
        { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
        { coder: 'ann', document: 'd1', start: 15, end: 28, codes: ['hope'] },
        { coder: 'bob', document: 'd1', start: 0, end: 13, codes: ['harm'] },
        { coder: 'bob', document: 'd1', start: 15, end: 28, codes: ['harm'] },
      ],
    );
    const table = agreementTable(apart, { unit: 'word' }, ['alpha', 'alpha-u', 'cu-alpha']);
    expect(table.allCodes.codeName).toBe('(all codes)');
    const [alpha, alphaU, cu] = table.allCodes.results;
    expect(alpha?.value).toBeNull();
    expect(alphaU?.value).toEqual(expect.any(Number));
    // Same places, different codes on the second passage: cuα = 1 − Do/De with a disagreement.
    expect(cu?.value as number).toBeLessThan(1);
    const multiCoded = teamSnapshot(
      { d1: TEXT },
      ['harm', 'hope'],
      ['ann', 'bob'],
      [
        { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm', 'hope'] },
        { coder: 'bob', document: 'd1', start: 0, end: 13, codes: ['harm'] },
      ],
    );
    const overlap = agreementTable(multiCoded, { unit: 'word' }, ['cu-alpha']).allCodes.results[0];
    expect(overlap?.value).toBeNull();
    expect(overlap?.reason).toMatch(/overlap.*rows per code/);
  });

  it('reports progress after each code', () => {
    const seen: string[] = [];
    agreementTable(snapshot, { unit: 'word' }, ['alpha'], {}, (done, all) =>
      seen.push(`${done}/${all}`),
    );
    expect(seen).toEqual(['1/2', '2/2']);
  });

  it('two-coder measures refuse three coders', () => {
    expect(() => agreementTable(snapshot, { unit: 'word' }, ['cohen-kappa'])).toThrow(
      AgreementInputError,
    );
  });
});
