import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resizeSpan } from './resize-span';

const text = 'The quick brown fox.';
const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
const show = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('resizeSpan', () => {
  it('moves an edge by one character', () => {
    expect(show(resizeSpan(text, at('quick'), 'end', 1, 'char'))).toBe('quick ');
    expect(show(resizeSpan(text, at('quick'), 'end', -1, 'char'))).toBe('quic');
    expect(show(resizeSpan(text, at('quick'), 'start', -1, 'char'))).toBe(' quick');
    expect(show(resizeSpan(text, at('quick'), 'start', 1, 'char'))).toBe('uick');
  });

  it('moves an edge by one word', () => {
    expect(show(resizeSpan(text, at('quick'), 'end', 1, 'word'))).toBe('quick brown');
    expect(show(resizeSpan(text, at('quick brown'), 'end', -1, 'word'))).toBe('quick');
    expect(show(resizeSpan(text, at('quick'), 'start', -1, 'word'))).toBe('The quick');
    expect(show(resizeSpan(text, at('The quick'), 'start', 1, 'word'))).toBe('quick');
    expect(show(resizeSpan(text, at('fox'), 'end', 1, 'word'))).toBe('fox.');
  });

  it('moves over a whole emoji with a skin-tone modifier', () => {
    const t = 'ok 👍🏽 yes';
    expect(resizeSpan(t, { start: 0, end: 3 }, 'end', 1, 'char')).toEqual({ start: 0, end: 7 });
  });

  it('never empties a span or leaves the text', () => {
    expect(show(resizeSpan(text, at('q'), 'end', -1, 'char'))).toBe('q');
    expect(show(resizeSpan(text, at('q'), 'start', 1, 'char'))).toBe('q');
    expect(show(resizeSpan(text, at('quick'), 'end', -1, 'word'))).toBe('quick');
    expect(resizeSpan(text, { start: 0, end: 3 }, 'start', -1, 'char')).toEqual({
      start: 0,
      end: 3,
    });
    const all = { start: 0, end: text.length };
    expect(resizeSpan(text, all, 'end', 1, 'word')).toEqual(all);
  });

  it('property: never empty (when it was not), never out of bounds, moves the chosen edge only', () => {
    const arb = fc
      .string({
        unit: fc.constantFrom('a', ' ', '😀', '👍🏽', '.', 'é', '\n'),
        minLength: 1,
        maxLength: 30,
      })
      .chain((t) =>
        fc.tuple(
          fc.constant(t),
          fc.nat(t.length),
          fc.nat(t.length),
          fc.constantFrom<'start' | 'end'>('start', 'end'),
          fc.constantFrom<-1 | 1>(-1, 1),
          fc.constantFrom<'char' | 'word'>('char', 'word'),
        ),
      );
    fc.assert(
      fc.property(arb, ([t, a, b, edge, dir, unit]) => {
        const before = { start: Math.min(a, b), end: Math.max(a, b) };
        const after = resizeSpan(t, before, edge, dir, unit);
        expect(0 <= after.start && after.start <= after.end && after.end <= t.length).toBe(true);
        if (before.start < before.end) expect(after.start).toBeLessThan(after.end);
        if (edge === 'start') expect(after.end).toBeGreaterThanOrEqual(before.end);
        else expect(after.start).toBeLessThanOrEqual(before.start);
        if (edge === 'end' && dir === 1) expect(after.end).toBeGreaterThanOrEqual(before.end);
        if (edge === 'start' && dir === -1) expect(after.start).toBeLessThanOrEqual(before.start);
      }),
      { numRuns: 500 },
    );
  });
});
