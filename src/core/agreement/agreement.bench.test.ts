import { describe, expect, it } from 'vitest';
import { agreementBenchSnapshot, runAgreementBench } from './agreement.bench';

const SMALL = { coders: 3, documents: 4, codes: 5, annotations: 300, documentLength: 2000 };

describe('agreement benchmark', () => {
  it('builds the study it is asked for, the same every time', () => {
    const snapshot = agreementBenchSnapshot(SMALL);
    expect(snapshot.annotations).toHaveLength(300);
    expect(snapshot.documents.every((d) => d.charCount === 2000)).toBe(true);
    expect(agreementBenchSnapshot(SMALL)).toEqual(snapshot);
  });

  it('computes a row per code with defined, imperfect agreement', () => {
    const table = runAgreementBench(agreementBenchSnapshot(SMALL), 'word', [
      'alpha',
      'u-alpha',
      'alpha-u',
    ]);
    expect(table.rows).toHaveLength(5);
    for (const row of table.rows)
      for (const result of row.results) {
        expect(result.value).not.toBeNull();
        expect(result.value as number).toBeLessThan(1);
      }
  });
});
