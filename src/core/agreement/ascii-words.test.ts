import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiWords } from './ascii-words';

function segmenterWords(text: string): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

describe('ASCII words', () => {
  it('agree with Intl.Segmenter on ASCII text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'aZ19 .,;\'-!?()"\n\t'.split('')), { maxLength: 40 }),
        (chars) => {
          const text = chars.join('');
          expect(asciiWords(text)).toEqual(segmenterWords(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('joins what UAX #29 joins', () => {
    const text = "can't 3.14 1,000 e.g. a1b end";
    expect(asciiWords(text)?.map((r) => text.slice(r.start, r.end))).toEqual([
      "can't",
      '3.14',
      '1,000',
      'e.g',
      'a1b',
      'end',
    ]);
  });

  it('leaves other texts to Intl.Segmenter', () => {
    expect(asciiWords('naïve')).toBeNull();
    expect(asciiWords('a_b')).toBeNull();
    expect(asciiWords('S:t')).toBeNull();
  });
});
