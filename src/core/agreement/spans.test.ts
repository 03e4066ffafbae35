import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './input-error';
import { checkSpans, forEachIntersection, segmentsOf, type Segment } from './spans';

describe('span data', () => {
  it('fills the gaps between a coder’s spans', () => {
    expect(
      segmentsOf(
        [
          { start: 2, end: 4, value: 'a' },
          { start: 4, end: 5, value: 'b' },
        ],
        [0, 8],
      ),
    ).toEqual([
      { start: 0, end: 2, value: null },
      { start: 2, end: 4, value: 'a' },
      { start: 4, end: 5, value: 'b' },
      { start: 5, end: 8, value: null },
    ]);
  });

  it('sorts spans and drops zero-length ones', () => {
    const [first] = checkSpans(
      {
        continuum: [0, 10],
        coders: [
          [
            { start: 5, end: 6, value: 1 },
            { start: 1, end: 1, value: 1 },
            { start: 0, end: 2, value: 1 },
          ],
          [],
        ],
      },
      'any',
    );
    expect(first).toEqual([
      { start: 0, end: 2, value: 1 },
      { start: 5, end: 6, value: 1 },
    ]);
  });

  it('refuses bad continua, spans outside it and overlaps', () => {
    expect(() => checkSpans({ continuum: [5, 5], coders: [[], []] }, 'any')).toThrow(
      AgreementInputError,
    );
    expect(() =>
      checkSpans({ continuum: [0, 5], coders: [[{ start: 3, end: 9, value: 'a' }], []] }, 'any'),
    ).toThrow(/Coder 1: span \[3, 9\]/);
    const twoValues = [
      { start: 0, end: 3, value: 'a' },
      { start: 2, end: 4, value: 'b' },
    ];
    expect(() => checkSpans({ continuum: [0, 5], coders: [[], twoValues] }, 'any')).toThrow(
      /Coder 2/,
    );
    expect(
      checkSpans({ continuum: [0, 5], coders: [[], twoValues] }, 'same-value')[1],
    ).toHaveLength(2);
  });

  it('visits every intersection once, with its length', () => {
    const cutsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 29 }), { maxLength: 8 })
      .map((cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), 30];
        return points
          .slice(1)
          .map((end, i): Segment => ({ start: points[i] as number, end, value: null }));
      });
    fc.assert(
      fc.property(cutsArb, cutsArb, (a, b) => {
        let total = 0;
        let visits = 0;
        forEachIntersection(a, b, (_x, _y, length) => {
          total += length;
          visits++;
        });
        const expectedVisits = a.reduce(
          (n, x) => n + b.filter((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start)).length,
          0,
        );
        return total === 30 && visits === expectedVisits;
      }),
    );
  });
});
