import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeProblems } from './block-invariants';
import { parsePlainText } from './plain-text';

const blockTexts = (text: string) =>
  parsePlainText(text).blocks.map((b) => text.slice(b.start, b.end));

describe('parsePlainText', () => {
  it('splits paragraphs on blank lines and trims the surrounding whitespace', () => {
    const text = '  First line\nsecond line  \n\n\n\tThird\n \n';
    const { blocks, marks } = parsePlainText(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'First line\nsecond line',
      'Third',
    ]);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(marks).toEqual([]);
  });

  it('returns no blocks for empty or whitespace-only text', () => {
    expect(parsePlainText('').blocks).toEqual([]);
    expect(parsePlainText(' \n\t\n').blocks).toEqual([]);
  });

  it('starts a paragraph at each tab-indented line', () => {
    expect(blockTexts('Title\n\tFirst para\n\tSecond para\ncontinued')).toEqual([
      'Title',
      'First para',
      'Second para\ncontinued',
    ]);
  });

  it('starts a paragraph at each list-marker line', () => {
    expect(
      blockTexts('Intro:\n- 1. Urges\n- 2. Encourages\n3. Requests\n(a) item\n• bullet'),
    ).toEqual(['Intro:', '- 1. Urges', '- 2. Encourages', '3. Requests', '(a) item', '• bullet']);
  });

  it('keeps hard-wrapped prose together', () => {
    expect(blockTexts('in the year\n2013 the Council\n-- not a bullet\n1990. a year')).toEqual([
      'in the year\n2013 the Council\n-- not a bullet\n1990. a year',
    ]);
  });

  it('keeps superscript digits as characters', () => {
    const text = 'Strategy¹ and more²\n\n¹ Resolution 60/288.';
    expect(blockTexts(text)).toEqual(['Strategy¹ and more²', '¹ Resolution 60/288.']);
  });

  it('blocks are ordered, disjoint and cover every non-whitespace character', () => {
    const pieces = fc.constantFrom(
      'a',
      'b c',
      '\n',
      '\n\n',
      ' ',
      '\t',
      '- ',
      '1. ',
      '😀',
      '\u00a0',
      '\r\n',
      '(a) ',
      '¹',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')),
        (text) => {
          const { blocks } = parsePlainText(text);
          expect(rangeProblems(text, blocks, [])).toEqual([]);
          const covered = new Array<boolean>(text.length).fill(false);
          for (const b of blocks) {
            expect(/\S/.test(text[b.start] ?? '')).toBe(true);
            expect(/\S/.test(text[b.end - 1] ?? '')).toBe(true);
            for (let i = b.start; i < b.end; i++) covered[i] = true;
            expect(text.slice(b.start, b.end)).not.toMatch(/\n\s*\n/);
          }
          for (let i = 0; i < text.length; i++)
            if (/\S/.test(text[i] as string)) expect(covered[i]).toBe(true);
        },
      ),
    );
  });
});
