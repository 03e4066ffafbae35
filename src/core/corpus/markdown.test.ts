import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mark } from '../model/types';
import { rangeProblems } from './block-invariants';
import { parseMarkdown } from './markdown';

const slices = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));
const marksOf = (text: string, marks: readonly Mark[], kind: Mark['kind']) =>
  slices(
    text,
    marks.filter((m) => m.kind === kind),
  );

describe('parseMarkdown', () => {
  it('joins block texts with a blank line and types headings and paragraphs', () => {
    const { text, blocks } = parseMarkdown('## Resolution\n\n2011/31\n\n### **Title**\n');
    expect(text).toBe('Resolution\n\n2011/31\n\nTitle');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, start: 0, end: 10 },
      { kind: 'paragraph', start: 12, end: 19 },
      { kind: 'heading', level: 3, start: 21, end: 26 },
    ]);
  });

  it('turns emphasis and strong into marks without delimiters', () => {
    const { text, marks } = parseMarkdown('*Urges* Member **States** and ***both***');
    expect(text).toBe('Urges Member States and both');
    expect(text).not.toContain('*');
    expect(marksOf(text, marks, 'emphasis')).toEqual(['Urges', 'both']);
    expect(marksOf(text, marks, 'strong')).toEqual(['States', 'both']);
  });

  it('counts offsets in UTF-16 units after astral characters', () => {
    const { text, marks } = parseMarkdown('😀 𝒳 “*Reaffirming*” it<sup>12</sup>\n\n🎉 **two**');
    expect(text).toBe('😀 𝒳 “Reaffirming” it12\n\n🎉 two');
    const em = marks.find((m) => m.kind === 'emphasis');
    // 😀 and 𝒳 are two UTF-16 units each: '😀 𝒳 “' is 7 units long.
    expect(em).toEqual({ kind: 'emphasis', start: 7, end: 18 });
    expect(marksOf(text, marks, 'emphasis')).toEqual(['Reaffirming']);
    expect(marksOf(text, marks, 'superscript')).toEqual(['12']);
    expect(marksOf(text, marks, 'strong')).toEqual(['two']);
  });

  it('makes <sup> a superscript mark and drops every other tag, keeping its text', () => {
    const { text, marks } = parseMarkdown(
      'Strategy<sup>1</sup> and <b>bold</b> <span class="x">span</span><!-- note -->.',
    );
    expect(text).toBe('Strategy1 and bold span.');
    expect(marks).toEqual([{ kind: 'superscript', start: 8, end: 9 }]);
  });

  it('drops script content and HTML blocks never pass markup through', () => {
    const source =
      'a <script>alert(1)</script>b\n\n<div class="c">\nHello <i>there</i> &amp; you\n<script>bad()</script>\n</div>\n\nend';
    const { text } = parseMarkdown(source);
    expect(text).toBe('a b\n\nHello there & you\n\nend');
    expect(text).not.toMatch(/[<>]/);
  });

  it('decodes entities and backslash escapes', () => {
    expect(parseMarkdown('Tom &amp; Jerry &copy; &#x1F600; \\*not em\\*').text).toBe(
      'Tom & Jerry © 😀 *not em*',
    );
  });

  it('turns soft breaks into spaces and hard breaks into newlines', () => {
    const { text, marks } = parseMarkdown('*48th plenary meeting  \n28 July 2011*\nnext line');
    expect(text).toBe('48th plenary meeting\n28 July 2011 next line');
    expect(marksOf(text, marks, 'emphasis')).toEqual(['48th plenary meeting\n28 July 2011']);
  });

  it('makes --- a zero-length rule block between the texts around it', () => {
    const { text, blocks } = parseMarkdown('before\n\n---\n\nafter');
    expect(text).toBe('before\n\nafter');
    expect(blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 6 },
      { kind: 'rule', start: 6, end: 6 },
      { kind: 'paragraph', start: 8, end: 13 },
    ]);
  });

  it('gives list items and quotes their nesting level and keeps ordered numbers', () => {
    const { text, blocks } = parseMarkdown(
      '- one\n  - nested\n\n3. three\n4. *four*\n\n> quoted\n> > deeper',
    );
    expect(slices(text, blocks)).toEqual([
      'one',
      'nested',
      '3. three',
      '4. four',
      'quoted',
      'deeper',
    ]);
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['list-item', 1],
      ['list-item', 2],
      ['list-item', 1],
      ['list-item', 1],
      ['block-quote', 1],
      ['block-quote', 2],
    ]);
  });

  it('keeps the mark offsets right after an ordered item number', () => {
    const { text, marks } = parseMarkdown('12. *Urges* States');
    expect(text).toBe('12. Urges States');
    expect(marksOf(text, marks, 'emphasis')).toEqual(['Urges']);
  });

  it('keeps code and link text, drops images', () => {
    const { text } = parseMarkdown(
      'See [the site](https://example.org) and `x < y` ![alt](p.png)\n\n    indented code\n',
    );
    expect(text).toBe('See the site and x < y\n\nindented code');
  });

  it('trims marks with the whitespace around a block', () => {
    const { text, marks } = parseMarkdown('<b> </b>*x*<sup> </sup>');
    expect(text).toBe('x');
    expect(marks).toEqual([{ kind: 'emphasis', start: 0, end: 1 }]);
  });

  it('closes an unclosed <sup> at the end of its block', () => {
    const { text, marks } = parseMarkdown('note<sup>3\n\nnext');
    expect(text).toBe('note3\n\nnext');
    expect(marksOf(text, marks, 'superscript')).toEqual(['3']);
  });

  it('gives empty text for empty or markup-only input', () => {
    expect(parseMarkdown('')).toEqual({ text: '', blocks: [], marks: [] });
    expect(parseMarkdown('<!-- only a comment -->\n').text).toBe('');
  });

  it('for any Markdown-ish input, ranges are in bounds and ordered, and the text is the blocks joined', () => {
    const pieces = fc.constantFrom(
      '*',
      '**',
      '_',
      '# ',
      '## ',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '---',
      '<sup>',
      '</sup>',
      '<b>',
      '</b>',
      '&amp;',
      '😀',
      'word',
      ' ',
      '  \n',
      '`',
      '[',
      '](u)',
      '\\',
      '\t',
      '    ',
      '<!--',
      '-->',
      '<br>',
      '¹',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
        (source) => {
          const { text, blocks, marks } = parseMarkdown(source);
          expect(rangeProblems(text, blocks, marks)).toEqual([]);
          const withText = blocks.filter((b) => b.kind !== 'rule');
          expect(withText.every((b) => b.end > b.start)).toBe(true);
          expect(blocks.filter((b) => b.kind === 'rule').every((b) => b.end === b.start)).toBe(
            true,
          );
          expect(slices(text, withText).join('\n\n')).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for any input without code spans, code blocks or escapes, no <sup>, <b> or <br> tag reaches the text', () => {
    const pieces = fc.constantFrom(
      '*',
      '**',
      '# ',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '---',
      '<sup>',
      '</sup>',
      '<b>',
      '</b>',
      '<br>',
      'word',
      '😀',
      '&amp;',
      '<!--',
      '-->',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
        (source) => {
          expect(parseMarkdown(source).text).not.toMatch(/<\/?(?:sup|b|br)>/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
