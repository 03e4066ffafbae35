import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../core/model/types';
import { paragraphNumber, quoteInContext } from './annotation-place';

const blocks: Block[] = [
  { kind: 'heading', start: 0, end: 10 },
  { kind: 'paragraph', start: 11, end: 30 },
  { kind: 'rule', start: 31, end: 34 },
  { kind: 'paragraph', start: 35, end: 60 },
];

describe('paragraphNumber', () => {
  it('counts blocks from 1 as a reader sees them, rules left out', () => {
    expect(paragraphNumber(blocks, 0)).toBe(1);
    expect(paragraphNumber(blocks, 9)).toBe(1);
    expect(paragraphNumber(blocks, 11)).toBe(2);
    expect(paragraphNumber(blocks, 35)).toBe(3);
    expect(paragraphNumber(blocks, 59)).toBe(3);
  });

  it('is null between blocks, in a rule, past the end and with no blocks', () => {
    expect(paragraphNumber(blocks, 10)).toBeNull();
    expect(paragraphNumber(blocks, 32)).toBeNull();
    expect(paragraphNumber(blocks, 60)).toBeNull();
    expect(paragraphNumber([], 0)).toBeNull();
  });
});

describe('quoteInContext', () => {
  const text =
    'The General Assembly, recalling its resolutions on the rule of law and criminal justice systems, urges States to act on them without delay and in good faith.';
  const start = text.indexOf('criminal');
  const end = start + 'criminal justice systems'.length;

  it('shows whole words either side with ellipses where text was cut', () => {
    const shown = quoteInContext(text, start, end, 25);
    expect(shown.quote).toBe('criminal justice systems');
    expect(shown.before.startsWith('…')).toBe(true);
    expect(shown.before.endsWith('rule of law and ')).toBe(true);
    expect(text).toContain(shown.before.slice(1));
    expect(shown.after.endsWith('…')).toBe(true);
    expect(text).toContain(shown.after.slice(0, -1));
  });

  it('adds no ellipsis at the ends of the text and collapses whitespace', () => {
    const shown = quoteInContext('Short\n\ntext here.', 0, 5);
    expect(shown).toEqual({ before: '', quote: 'Short', after: ' text here.' });
  });

  it('keeps both ends of a long quote', () => {
    const long = 'a'.repeat(100) + 'b'.repeat(100);
    const shown = quoteInContext(long, 0, 200, 40, 41);
    expect(shown.quote).toBe(`${'a'.repeat(19)} … ${'b'.repeat(19)}`);
  });
});
