import fc from 'fast-check';
import { describe, it } from 'vitest';
import { alphaU } from './alpha-u';
import { cuAlpha } from './cu-alpha';
import type { AgreementResult } from './result';
import type { Span, SpanData } from './spans';
import { binaryUAlpha, uAlpha } from './u-alpha';

/** One coder's non-overlapping spans on [0, 40): cut points, every other piece a unit. */
const coderArb = fc.uniqueArray(fc.integer({ min: 1, max: 39 }), { maxLength: 8 }).chain((cuts) =>
  fc
    .array(fc.constantFrom('a', 'b', null), {
      minLength: cuts.length + 1,
      maxLength: cuts.length + 1,
    })
    .map((values) => {
      const points = [0, ...[...cuts].sort((x, y) => x - y), 40];
      return values.flatMap((value, i): Span[] =>
        value === null ? [] : [{ start: points[i] as number, end: points[i + 1] as number, value }],
      );
    }),
);

const MEASURES: [string, (d: SpanData) => AgreementResult][] = [
  ['αU', alphaU],
  ['uα', uAlpha],
  ['|uα', binaryUAlpha],
  ['cuα', (d) => cuAlpha(d)],
];

const same = (a: number | null, b: number | null) =>
  a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;

describe('unitizing measures: properties', () => {
  for (const [name, measure] of MEASURES) {
    it(`${name}: identical codings give 1 whenever it is defined`, () => {
      fc.assert(
        fc.property(coderArb, fc.integer({ min: 2, max: 4 }), (spans, m) => {
          const value = measure({
            continuum: [0, 40],
            coders: Array.from({ length: m }, () => spans),
          }).value;
          return value === null || Math.abs(value - 1) < 1e-9;
        }),
      );
    });

    it(`${name}: invariant to the order of coders`, () => {
      fc.assert(
        fc.property(fc.array(coderArb, { minLength: 2, maxLength: 4 }), (coders) => {
          const forward = measure({ continuum: [0, 40], coders }).value;
          const backward = measure({ continuum: [0, 40], coders: [...coders].reverse() }).value;
          return same(forward, backward);
        }),
      );
    });
  }
});
