import { describe, expect, it } from 'vitest';
import { unitRanges } from './text-units';

const doc = (text: string, blocks: { start: number; end: number }[] = []) => ({
  text,
  charCount: text.length,
  blocks: blocks.map((b) => ({ kind: 'paragraph' as const, ...b })),
});
const slices = (text: string, ranges: { start: number; end: number }[] | null) =>
  ranges?.map((r) => text.slice(r.start, r.end));

describe('units of a document', () => {
  const text = 'The victims were silent. Nobody spoke!\n\nA second paragraph here.';

  it('words', () => {
    expect(slices(text, unitRanges('word', doc(text)))?.slice(0, 4)).toEqual([
      'The',
      'victims',
      'were',
      'silent',
    ]);
  });

  it('sentences, white space trimmed', () => {
    expect(slices(text, unitRanges('sentence', doc(text)))).toEqual([
      'The victims were silent.',
      'Nobody spoke!',
      'A second paragraph here.',
    ]);
  });

  it('paragraphs from blank lines when there are no blocks, from blocks when there are', () => {
    expect(slices(text, unitRanges('paragraph', doc(text)))).toEqual([
      'The victims were silent. Nobody spoke!',
      'A second paragraph here.',
    ]);
    expect(unitRanges('paragraph', doc(text, [{ start: 0, end: 24 }]))).toEqual([
      { start: 0, end: 24 },
    ]);
  });

  it('the document as one unit, even without its text', () => {
    expect(unitRanges('document', { charCount: 12, blocks: [] })).toEqual([{ start: 0, end: 12 }]);
  });

  it('null when the text is needed but missing', () => {
    expect(unitRanges('word', { charCount: 12, blocks: [] })).toBeNull();
  });
});
