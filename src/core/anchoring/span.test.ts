import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampSpan, splitsSurrogatePair } from './span';

describe('clampSpan', () => {
  it('orders, truncates and bounds offsets', () => {
    expect(clampSpan('hello', { start: 4, end: 1 })).toEqual({ start: 1, end: 4 });
    expect(clampSpan('hello', { start: -3, end: 99 })).toEqual({ start: 0, end: 5 });
    expect(clampSpan('hello', { start: 1.7, end: NaN })).toEqual({ start: 0, end: 1 });
  });

  it('widens a span that would cut a surrogate pair', () => {
    expect(clampSpan('a😀b', { start: 2, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(clampSpan('a😀b', { start: 2, end: 4 })).toEqual({ start: 1, end: 4 });
  });

  it('property: result is ordered, in bounds, on code point boundaries and covers the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer(), fc.integer(), (text, a, b) => {
        const { start, end } = clampSpan(text, { start: a, end: b });
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
        expect(splitsSurrogatePair(text, start)).toBe(false);
        expect(splitsSurrogatePair(text, end)).toBe(false);
        const lo = Math.max(0, Math.min(text.length, Math.min(a, b)));
        const hi = Math.max(0, Math.min(text.length, Math.max(a, b)));
        expect(start <= lo && end >= hi).toBe(true);
      }),
    );
  });
});
