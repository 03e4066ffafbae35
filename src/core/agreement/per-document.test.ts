import { describe, expect, it } from 'vitest';
import { agreementTable } from './agreement-table';
import { agreementByDocument } from './per-document';
import { teamSnapshot } from './test-support/snapshot';

const snapshot = teamSnapshot(
  { d1: 'One two three four.', d2: 'Five six seven eight.' },
  ['harm'],
  ['ann', 'bob'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 7, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 0, end: 7, codes: ['harm'] },
    { coder: 'ann', document: 'd2', start: 0, end: 4, codes: ['harm'] },
  ],
);

describe('agreement per document', () => {
  it('one table per document, with the coders of the whole selection', () => {
    const byDocument = agreementByDocument(snapshot, { unit: 'word' }, ['alpha']);
    expect(byDocument.map((d) => d.documentName)).toEqual(['d1.txt', 'd2.txt']);
    expect(byDocument[0]?.table.rows[0]?.results[0]?.value).toBe(1);
    // In d2 only ann coded (1 of 4 words): bob still counts, as having coded nothing there, and
    // α = 1 − (2N − 1)/(2N − k) = 1 − 7/7 = 0.
    expect(byDocument[1]?.table.coders.map((c) => c.id)).toEqual(['ann', 'bob']);
    expect(byDocument[1]?.table.rows[0]?.results[0]?.value).toBeCloseTo(0, 12);
  });

  it('each document’s units add up to the whole selection’s', () => {
    const whole = agreementTable(snapshot, { unit: 'word' }, ['alpha']).rows[0]?.results[0]?.units;
    const parts = agreementByDocument(snapshot, { unit: 'word' }, ['alpha']).map(
      (d) => d.table.rows[0]?.results[0]?.units ?? 0,
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBe(whole);
  });
});
