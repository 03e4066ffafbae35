import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapToWords } from './snap-to-words';
import { resizeSpan } from './resize-span';

/**
 * The renderer runs anchoring in Chromium, whose ICU may segment differently from Node's:
 * the same examples and laws must hold there.
 */
describe('anchoring in Chromium', () => {
  it('snaps to words and keeps emoji whole', () => {
    const text = 'The victims 👍🏽 were silent.';
    const s = snapToWords(text, 6, 9);
    expect(text.slice(s.start, s.end)).toBe('victims');
    const thumb = text.indexOf('👍🏽');
    const e = snapToWords(text, thumb + 1, thumb + 2);
    expect(text.slice(e.start, e.end)).toBe('👍🏽');
    expect(resizeSpan(text, s, 'end', 1, 'char')).toEqual({ start: s.start, end: s.end + 1 });
  });

  it('property: idempotent and within bounds', () => {
    fc.assert(
      fc.property(
        fc
          .string({
            unit: fc.constantFrom('a', ' ', '\n', '😀', '👍🏽', 'é', '中', '.'),
            maxLength: 30,
          })
          .chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length))),
        ([t, a, b]) => {
          const s = snapToWords(t, Math.min(a, b), Math.max(a, b));
          expect(0 <= s.start && s.start <= s.end && s.end <= t.length).toBe(true);
          expect(snapToWords(t, s.start, s.end)).toEqual(s);
        },
      ),
      { numRuns: 300 },
    );
  });
});
