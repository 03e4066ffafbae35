import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapToWords, trimWhitespace } from './snap-to-words';
import { clampSpan, splitsSurrogatePair } from './span';

const snap = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  const s = snapToWords(text, start, start + quote.length);
  return text.slice(s.start, s.end);
};

/** Grapheme boundaries of a text, to check that snapping never cuts a cluster. */
const graphemeBoundaries = (text: string) => {
  const set = new Set<number>([text.length]);
  for (const g of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) {
    set.add(g.index);
  }
  return set;
};

describe('snapToWords', () => {
  it('grows a selection to whole words and trims white space', () => {
    expect(snap('The victims were silent.', 'ctims we')).toBe('victims were');
    expect(snap('The victims were silent.', ' victims ')).toBe('victims');
    expect(snap('The victims were silent.', 'victims')).toBe('victims');
    expect(snap('The victims were silent.', 'ilent.')).toBe('silent.');
  });

  it('never cuts an emoji with a modifier or a ZWJ sequence', () => {
    const text = 'hi 👍🏽 there 👩‍👩‍👧 end';
    const thumb = text.indexOf('👍🏽');
    expect(snapToWords(text, thumb + 2, thumb + 3)).toEqual({ start: thumb, end: thumb + 4 });
    const family = text.indexOf('👩‍👩‍👧');
    const s = snapToWords(text, family + 3, family + 4);
    expect(text.slice(s.start, s.end)).toBe('👩‍👩‍👧');
  });

  it('keeps accented letters, precomposed or decomposed, inside words', () => {
    const text = 'Café crème brûlée';
    expect(snap(text, 'fé cr')).toBe('Café crème');
    const decomposed = 'cafe\u0301 noir';
    expect(snapToWords(decomposed, 2, 4)).toEqual({ start: 0, end: 5 });
  });

  it('turns a white-space-only selection into an empty span', () => {
    const s = snapToWords('a   b', 1, 3);
    expect(s.start).toBe(s.end);
  });

  it('leaves a selection on word boundaries unchanged', () => {
    const text = 'one, two three';
    expect(snapToWords(text, 5, 14)).toEqual({ start: 5, end: 14 });
    expect(snapToWords(text, 0, 4)).toEqual({ start: 0, end: 4 });
  });

  it('snaps the two ends of a very long selection independently', () => {
    const text = 'word '.repeat(5000);
    expect(snapToWords(text, 2, text.length - 3)).toEqual({ start: 0, end: text.length - 1 });
  });

  const textAndSpan = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(' ', '\n', 'a', 'é', 'e\u0301', '😀', '👍🏽', '👩‍👩‍👧', '中', '.', ',', "'", '1'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
      maxLength: 40,
    })
    .chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)));

  it('property: within bounds, contains the trimmed original, idempotent, grapheme-safe', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, a, b]) => {
        const s = snapToWords(text, Math.min(a, b), Math.max(a, b));
        expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
        const trimmed = trimWhitespace(text, clampSpan(text, { start: a, end: b }));
        if (trimmed.start < trimmed.end) {
          expect(s.start <= trimmed.start && s.end >= trimmed.end).toBe(true);
        }
        expect(snapToWords(text, s.start, s.end)).toEqual(s);
        expect(splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end)).toBe(false);
        const bounds = graphemeBoundaries(text);
        expect(bounds.has(s.start) && bounds.has(s.end)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
