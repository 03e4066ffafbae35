import { describe, expect, it } from 'vitest';
import { placeSelections, quoteMatches, type RawSelection } from './positions';

/** Where each word of `words` is in `text`, counted the way a tool counts. */
function selectionsOf(text: string, words: string[], count: (s: string) => number): RawSelection[] {
  return words.map((w) => {
    const at = text.indexOf(w);
    return { start: count(text.slice(0, at)), end: count(text.slice(0, at + w.length)), name: '' };
  });
}
const utf16 = (s: string) => s.length;
const codePoints = (s: string) => Array.from(s).length;

const crlf = 'Intro 😀😀 line\r\nWe 👍🏽 agreed on trust\r\nand 😀 care 😀 later\r\n';
const words = ['agreed', 'trust', 'care', 'later'];

describe('placeSelections', () => {
  it('finds NVivo counting (UTF-16, CRLF as two) from word boundaries alone', () => {
    const placed = placeSelections(crlf, selectionsOf(crlf, words, utf16));
    const canonical = crlf.replace(/\r\n/g, '\n');
    expect(placed.convention).toBe('utf16-crlf');
    expect(placed.evidence).toBe('word boundaries');
    expect(placed.spans.map((s) => canonical.slice(s!.start, s!.end))).toEqual(words);
  });

  it('finds the standard (code points over LF text)', () => {
    const lf = crlf.replace(/\r\n/g, '\n');
    const placed = placeSelections(lf, selectionsOf(lf, words, codePoints));
    expect(placed.convention).toBe('code-points');
    expect(placed.spans.map((s) => lf.slice(s!.start, s!.end))).toEqual(words);
  });

  it('lets quotes in name decide, and counts those that disagree', () => {
    const lf = crlf.replace(/\r\n/g, '\n');
    const sels = selectionsOf(lf, words, utf16).map((s, i) => ({ ...s, name: words[i] as string }));
    const placed = placeSelections(lf, sels);
    expect(placed.convention).toBe('utf16');
    expect(placed.evidence).toBe('quotes');
    expect(placed.quoteMismatches).toBe(0);
    const wrong = placeSelections(lf, [...sels, { start: 0, end: 5, name: 'nothing like it' }]);
    expect(wrong.quoteMismatches).toBe(1);
  });

  it('marks selections outside the text', () => {
    const placed = placeSelections('short', [{ start: 2, end: 99, name: '' }]);
    expect(placed.spans).toEqual([null]);
  });

  it('matches quotes cut with an ellipsis and with other whitespace', () => {
    expect(quoteMatches('We agreed on…', 'We agreed on trust and more')).toBe(true);
    expect(quoteMatches('a  b\nc', 'a b c')).toBe(true);
    expect(quoteMatches('We agreed off…', 'We agreed on trust')).toBe(false);
    expect(quoteMatches(' ', '  ')).toBe(false);
  });
});
