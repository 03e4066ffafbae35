import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha';
import type { Span, SpanData } from './spans';
import { binaryUAlpha, uAlpha } from './u-alpha';

/**
 * Spans from a string per coder, one character per position: '.' is a gap, a letter a unit of
 * one character with that value. With one-character units uα must reduce to Krippendorff's alpha
 * with the gap as one more category (the 2016 family generalises α), which checks eq. 4.
 */
function oneCharacterUnits(rows: string[]): SpanData {
  const coders = rows.map((row) =>
    [...row].flatMap((ch, i): Span[] => (ch === '.' ? [] : [{ start: i, end: i + 1, value: ch }])),
  );
  return { continuum: [0, (rows[0] as string).length], coders };
}

const rowsArb = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 12 }))
  .chain(([m, length]) =>
    fc.array(fc.stringMatching(new RegExp(`^[.ab]{${length}}$`)), { minLength: m, maxLength: m }),
  );

describe('uα (Krippendorff, Mathet, Bouvry & Widlöcher 2016)', () => {
  it('a hand-worked example with a gap: uα = 3/16', () => {
    // Coder 1 marks [0, 2), coder 2 [1, 3) on [0, 4). l_aa = 2, l_a∅ = l_∅a = 2, l_∅∅ = 2;
    // self-pairs: units 2² + 2² = 8, gaps 2 + 1 + 1 = 4; e_aa = 8·(16 − 8)/52, e_∅∅ = 8·(16 − 4)/52.
    // Do = 4/8, De = (8 − 160/52)/8 = 8/13, uα = 1 − (1/2)/(8/13) = 3/16.
    const data: SpanData = {
      continuum: [0, 4],
      coders: [[{ start: 0, end: 2, value: 'a' }], [{ start: 1, end: 3, value: 'a' }]],
    };
    const result = uAlpha(data);
    expect(Math.abs((result.value as number) - 3 / 16)).toBeLessThan(1e-12);
    expect(result.observed).toBeCloseTo(0.5, 12);
    expect(result.expected).toBeCloseTo(8 / 13, 12);
    expect(Math.abs((binaryUAlpha(data).value as number) - 3 / 16)).toBeLessThan(1e-12);
  });

  it('with one-character units equals Krippendorff’s nominal alpha, gaps as a category', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const u = uAlpha(oneCharacterUnits(rows)).value;
        const alpha = krippendorffAlpha({ values: rows.map((r) => [...r]) }).value;
        return u === null ? alpha === null : alpha !== null && Math.abs(u - alpha) < 1e-9;
      }),
    );
  });

  it('binary |uα with one-character units equals alpha on coded/not coded', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const b = binaryUAlpha(oneCharacterUnits(rows)).value;
        const alpha = krippendorffAlpha({
          values: rows.map((r) => [...r].map((ch) => (ch === '.' ? 0 : 1))),
        }).value;
        return b === null ? alpha === null : alpha !== null && Math.abs(b - alpha) < 1e-9;
      }),
    );
  });

  it('identical codings give 1; disjoint codings give a negative value', () => {
    const spans = [
      { start: 2, end: 5, value: 'x' },
      { start: 7, end: 9, value: 'y' },
    ];
    expect(uAlpha({ continuum: [0, 10], coders: [spans, spans, spans] }).value).toBeCloseTo(1, 12);
    const disjoint = uAlpha({
      continuum: [0, 10],
      coders: [[{ start: 0, end: 5, value: 'x' }], [{ start: 5, end: 10, value: 'x' }]],
    });
    expect(disjoint.value as number).toBeLessThan(0);
  });

  it('nobody coded anything → null with a reason (u and binary)', () => {
    const empty: SpanData = { continuum: [0, 10], coders: [[], []] };
    expect(uAlpha(empty).value).toBeNull();
    expect(uAlpha(empty).reason).toMatch(/expected disagreement is zero/i);
    expect(binaryUAlpha(empty).value).toBeNull();
  });

  it('one value covering the whole continuum for every coder → null, not a rounding artefact', () => {
    const spans = [
      { start: 0, end: 27, value: 'b' },
      { start: 27, end: 40, value: 'b' },
    ];
    expect(uAlpha({ continuum: [0, 40], coders: [spans, spans, spans, spans] }).value).toBeNull();
  });

  it('one coder coded nothing: uα is defined and not above 0', () => {
    const result = uAlpha({ continuum: [0, 10], coders: [[{ start: 2, end: 6, value: 'x' }], []] });
    expect(result.value as number).toBeLessThanOrEqual(0);
  });

  it('refuses overlapping spans from one coder', () => {
    const overlapping = [
      { start: 0, end: 5, value: 'x' },
      { start: 4, end: 6, value: 'y' },
    ];
    expect(() => uAlpha({ continuum: [0, 10], coders: [overlapping, []] })).toThrow(/overlap/);
  });
});
