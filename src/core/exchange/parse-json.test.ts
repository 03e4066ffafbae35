import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateJsonError, parseJson } from './parse-json';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2, {"b": null}]}')).toEqual({
      ok: true,
      value: { a: [1, 2, { b: null }] },
    });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": 2,\n}', 4, 1, /property name/],
    ['{"a": 1 "b": 2}', 1, 9, /expected ','/],
    ['[1, 2', 1, 6, /end of the file/],
    ['{\n "a": tru }', 2, 7, /Unexpected character "t"/],
    ['{"a": "x\ny"}', 1, 9, /Control character/],
    ['{"a": 01}', 1, 8, /expected ','/],
    ['{} {}', 1, 4, /after the end/],
    ['', 1, 1, /end of the file/],
  ])('locates the error in %j at line %i, column %i', (text, line, column, message) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect([result.error.line, result.error.column]).toEqual([line, column]);
  });

  it('property: the scanner accepts exactly what JSON.parse accepts', () => {
    const valid = fc.json();
    const mangled = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '{', '[', 'x', '\\'))
      .map(([j, at, s]) => {
        const k = at % (j.length + 1);
        return j.slice(0, k) + s + j.slice(k + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(valid, mangled), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === null).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with very deep nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    const result = parseJson(deep);
    expect(result.ok).toBe(false);
  });
});
