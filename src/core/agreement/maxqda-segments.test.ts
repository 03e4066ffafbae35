import { describe, expect, it } from 'vitest';
import { maxqdaSegmentAgreement, type CodedSegment } from './maxqda-segments';

const seg = (codeId: string, start: number, end: number, documentId = 'd1'): CodedSegment => ({
  documentId,
  codeId,
  start,
  end,
});

describe("MAXQDA's segment-level intercoder agreement", () => {
  it('matches segments of the same code overlapping by at least 90 % of what they cover together', () => {
    // [0, 100) vs [0, 95): 95/100 → match. [200, 300) vs [210, 300): 90/100 → match (exactly 90 %).
    // [400, 500) vs [420, 500): 80/100 → no match either way.
    const result = maxqdaSegmentAgreement(
      [seg('a', 0, 100), seg('a', 200, 300), seg('b', 400, 500)],
      [seg('a', 0, 95), seg('a', 210, 300), seg('b', 420, 500)],
    );
    expect(result.codes).toEqual([
      { codeId: 'a', agreements: 4, disagreements: 0, percent: 100 },
      { codeId: 'b', agreements: 0, disagreements: 2, percent: 0 },
    ]);
    expect(result.observed).toBeCloseTo(4 / 6, 12);
    // Brennan-Prediger with q = 2 codes: (2/3 − 1/2)/(1/2) = 1/3.
    expect(Math.abs((result.kappa as number) - 1 / 3)).toBeLessThan(1e-12);
  });

  it('a lower threshold admits the 80 % overlap', () => {
    const result = maxqdaSegmentAgreement([seg('b', 400, 500)], [seg('b', 420, 500)], 0.8);
    expect(result.agreements).toBe(2);
  });

  it('different codes or documents never match', () => {
    const result = maxqdaSegmentAgreement(
      [seg('a', 0, 10), seg('b', 0, 10, 'd2')],
      [seg('b', 0, 10), seg('a', 0, 10, 'd2')],
    );
    expect(result.agreements).toBe(0);
    expect(result.disagreements).toBe(4);
  });

  it('one coder coded nothing: every segment disagrees', () => {
    const result = maxqdaSegmentAgreement([seg('a', 0, 10), seg('b', 5, 9)], []);
    expect(result.observed).toBe(0);
    expect(result.kappa).toBeCloseTo(-1, 12);
  });

  it('no segments, or only one code → kappa null with a reason', () => {
    expect(maxqdaSegmentAgreement([], []).reason).toMatch(/Neither coder/);
    expect(maxqdaSegmentAgreement([seg('a', 0, 10)], [seg('a', 0, 10)]).kappa).toBeNull();
  });
});
