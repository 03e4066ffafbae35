import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteContext } from './quote-context';

/** No lone surrogate (matched per code unit, hence no `u` flag). */
const isWellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('quoteContext', () => {
  it('takes the quote and up to 32 units each side', () => {
    const text = 'x'.repeat(40) + 'QUOTE' + 'y'.repeat(40);
    expect(quoteContext(text, 40, 45)).toEqual({
      quote: 'QUOTE',
      prefix: 'x'.repeat(32),
      suffix: 'y'.repeat(32),
    });
    expect(quoteContext('ab cd', 3, 5)).toEqual({ quote: 'cd', prefix: 'ab ', suffix: '' });
  });

  it('shortens the context instead of cutting a surrogate pair', () => {
    // 16 emoji + 'a' = 33 units before the quote: 32 back lands inside the first emoji.
    const before = '😀'.repeat(16) + 'a';
    const after = 'b' + '😀'.repeat(16);
    const text = `${before}Q${after}`;
    const ctx = quoteContext(text, before.length, before.length + 1);
    expect(ctx.quote).toBe('Q');
    expect(ctx.prefix).toBe('😀'.repeat(15) + 'a');
    expect(ctx.suffix).toBe('b' + '😀'.repeat(15));
    expect(isWellFormed(text.slice(before.length - 32, before.length))).toBe(false);
  });

  it('property: context is adjacent, at most 32 units and well formed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          // Offsets on code point boundaries, as the app always has.
          const cps = [...text];
          const toUnits = (n: number) => cps.slice(0, n % (cps.length + 1)).join('').length;
          const start = Math.min(toUnits(a), toUnits(b));
          const end = Math.max(toUnits(a), toUnits(b));
          const { quote, prefix, suffix } = quoteContext(text, start, end);
          expect(quote).toBe(text.slice(start, end));
          expect(text.slice(start - prefix.length, start)).toBe(prefix);
          expect(text.slice(end, end + suffix.length)).toBe(suffix);
          expect(prefix.length).toBeLessThanOrEqual(32);
          expect(suffix.length).toBeLessThanOrEqual(32);
          expect(prefix.length).toBeGreaterThanOrEqual(Math.min(31, start));
          expect(suffix.length).toBeGreaterThanOrEqual(Math.min(31, text.length - end));
          expect(isWellFormed(prefix) && isWellFormed(suffix)).toBe(true);
        },
      ),
    );
  });
});
