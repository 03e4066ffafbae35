import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointToUtf16, offsetConverter, utf16ToCodePoint } from './code-points';

const text = 'a😀b𝄞c';

describe('UTF-16 and code point offsets', () => {
  it('converts around astral characters', () => {
    expect([0, 1, 3, 4, 6, 7].map((o) => utf16ToCodePoint(text, o))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((cp) => codePointToUtf16(text, cp))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('rounds an offset inside a surrogate pair down to the pair', () => {
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(offsetConverter(text).toCodePoint(2)).toBe(1);
  });

  it('rejects out-of-range offsets', () => {
    expect(() => utf16ToCodePoint(text, 8)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(text, -1)).toThrow(RangeError);
    expect(() => codePointToUtf16(text, 6)).toThrow(RangeError);
    expect(() => offsetConverter(text).toUtf16(6)).toThrow(RangeError);
    expect(() => offsetConverter(text).toCodePoint(1.5)).toThrow(RangeError);
  });

  it('counts a lone surrogate as one code point', () => {
    expect(utf16ToCodePoint('\uD800x', 2)).toBe(2);
    expect(codePointToUtf16('x\uDC00', 2)).toBe(2);
  });

  const textAndCp = fc
    .string({ unit: 'binary', maxLength: 60 })
    .chain((t) => fc.tuple(fc.constant(t), fc.nat([...t].length)));

  it('property: code point -> UTF-16 -> code point is the identity', () => {
    fc.assert(
      fc.property(textAndCp, ([t, cp]) => {
        expect(utf16ToCodePoint(t, codePointToUtf16(t, cp))).toBe(cp);
        expect(codePointToUtf16(t, cp)).toBe([...t].slice(0, cp).join('').length);
      }),
    );
  });

  it('property: UTF-16 -> code point -> UTF-16 is the identity on code point boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(), (t, n) => {
        const offset = n % (t.length + 1);
        const back = codePointToUtf16(t, utf16ToCodePoint(t, offset));
        const midPair =
          /[\uD800-\uDBFF]/.test(t[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(t[offset] ?? '');
        expect(back).toBe(midPair ? offset - 1 : offset);
      }),
    );
  });

  it('property: the converter agrees with the plain functions, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\uD83D', '\uDE00', 'x'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
          maxLength: 40,
        }),
        (t) => {
          const conv = offsetConverter(t);
          expect(conv.codePointLength).toBe([...t].length);
          for (let o = 0; o <= t.length; o++)
            expect(conv.toCodePoint(o)).toBe(utf16ToCodePoint(t, o));
          for (let cp = 0; cp <= conv.codePointLength; cp++) {
            expect(conv.toUtf16(cp)).toBe(codePointToUtf16(t, cp));
          }
        },
      ),
    );
  });
});
