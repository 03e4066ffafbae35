import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findAll } from './find';

describe('findAll', () => {
  test('case-insensitive by default, non-overlapping, in order', () => {
    expect(findAll('Urges urges URGES', 'urges')).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 11 },
      { start: 12, end: 17 },
    ]);
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findAll('Urges urges', 'urges', { caseSensitive: true })).toEqual([
      { start: 6, end: 11 },
    ]);
    expect(findAll('anything', '')).toEqual([]);
  });

  test('offsets stay in the original text when folding changes lengths', () => {
    // "İ" lower-cases to two code units; offsets after it must not shift.
    const text = 'İstanbul and Istanbul 😀 résumé';
    const spans = findAll(text, 'istanbul', { diacriticInsensitive: true });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['İstanbul', 'Istanbul']);
    // Without diacritic folding the dotted capital I stays a different letter.
    expect(findAll(text, 'istanbul').map((s) => text.slice(s.start, s.end))).toEqual(['Istanbul']);
    const r = findAll(text, 'RÉSUMÉ')[0]!;
    expect(text.slice(r.start, r.end)).toBe('résumé');
  });

  test('diacritic-insensitive matching includes combining marks of the original', () => {
    const decomposed = 'cafe\u0301 and café';
    const spans = findAll(decomposed, 'cafe', { diacriticInsensitive: true });
    expect(spans.map((s) => decomposed.slice(s.start, s.end))).toEqual(['cafe\u0301', 'café']);
    expect(findAll('café', 'cafe')).toEqual([]);
  });

  test('Greek final sigma in a query matches the letter anywhere', () => {
    const text = 'ΟΔΟΣ οδος';
    expect(findAll(text, 'ΟΔΟΣ')).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
  });

  test('case-insensitive matches are exactly where a lower-cased ASCII search finds them', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', ' ') }),
        fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'B') }),
        (text, query) => {
          const lower = text.toLowerCase();
          const q = query.toLowerCase();
          const expected: number[] = [];
          for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length))
            expected.push(i);
          expect(findAll(text, query).map((s) => s.start)).toEqual(expected);
        },
      ),
    );
  });
});
