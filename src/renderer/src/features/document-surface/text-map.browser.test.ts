import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import type { Block, Mark } from '../../../../core/model/types';
import { renderDocument } from './render-text';
import type { SurfaceDocument } from './types';

let container: HTMLElement | undefined;
afterEach(() => container?.remove());

function render(doc: SurfaceDocument) {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  return renderDocument(container, doc);
}

/** "ab" and "cd", two paragraphs with the two-character gap "\n\n" between them, no marks. */
const TWO_PARAGRAPHS: SurfaceDocument = {
  text: 'ab\n\ncd',
  blocks: [
    { kind: 'paragraph', start: 0, end: 2 },
    { kind: 'paragraph', start: 4, end: 6 },
  ],
  marks: [],
};

/** Paragraphs separated by "\n\n", with random marks inside them. */
const documents = fc
  .array(
    fc.tuple(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), fc.nat(20), fc.nat(20)),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => {
    let text = '';
    const blocks: Block[] = [];
    const marks: Mark[] = [];
    for (const [s, m1, m2] of parts) {
      if (text) text += '\n\n';
      const start = text.length;
      text += s;
      blocks.push({ kind: 'paragraph', start, end: text.length });
      const a = start + (Math.min(m1, m2) % (s.length + 1));
      const b = start + (Math.max(m1, m2) % (s.length + 1));
      if (b > a) marks.push({ kind: 'emphasis', start: a, end: b });
    }
    return { text, blocks, marks };
  });

describe('TextMap', () => {
  test('every rendered offset round trips through a DOM point', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const map = render(doc);
        for (const block of doc.blocks) {
          // Forward points are the starts of rendered characters, backward points their ends.
          for (let o = block.start; o < block.end; o++) {
            const f = map.pointAt(o, 'forward')!;
            expect(map.offsetOf(f.node, f.offset, 'forward')).toBe(o);
            const b = map.pointAt(o + 1, 'backward')!;
            expect(map.offsetOf(b.node, b.offset, 'backward')).toBe(o + 1);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  test('rangeFor spans blocks and shows the rendered text of the span', () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), (doc, x, y) => {
        const map = render(doc);
        const n = doc.text.length + 1;
        const [start, end] = [Math.min(x % n, y % n), Math.max(x % n, y % n)];
        const expected = doc.blocks
          .map((b) => doc.text.slice(Math.max(b.start, start), Math.min(b.end, end)))
          .filter((s, i) => doc.blocks[i]!.end > start && doc.blocks[i]!.start < end)
          .join('');
        expect(map.rangeFor(start, end).toString()).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  test('rangeFor clamps to rendered text', () => {
    const map = render(TWO_PARAGRAPHS);
    expect(map.rangeFor(-5, 100).toString()).toBe('abcd');
    expect(map.rangeFor(2, 4).collapsed).toBe(true);
    expect(map.rangeFor(1, 5).toString()).toBe('bc');
  });

  test('rangeFor repositions a kept Range instead of making one', () => {
    const map = render(TWO_PARAGRAPHS);
    const kept = document.createRange();
    expect(map.rangeFor(0, 6, kept)).toBe(kept);
    expect(kept.toString()).toBe('abcd');
    expect(map.rangeFor(5, 6, kept).toString()).toBe('d');
    expect(map.rangeFor(2, 4, kept).collapsed).toBe(true);
  });

  test('element endpoints and points in gaps snap to the nearest rendered offset', () => {
    const map = render(TWO_PARAGRAPHS);
    const [p1, p2] = map.blockElements;
    // Before the second paragraph's text: forward snaps into it, backward to the end of the first.
    expect(map.offsetOf(p2!, 0, 'forward')).toBe(4);
    expect(map.offsetOf(p2!, 0, 'backward')).toBe(2);
    expect(map.offsetOf(p1!, 1, 'forward')).toBe(4);
    expect(map.offsetOf(container!, 0)).toBe(0);
    expect(map.offsetOf(container!, 2, 'backward')).toBe(6);
    // A point before the whole document snaps to its first offset either way.
    expect(map.offsetOf(document.body, 0, 'backward')).toBe(0);
  });

  test('blockIndexAt finds the containing block or the next one in a gap', () => {
    const map = render(TWO_PARAGRAPHS);
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => map.blockIndexAt(o))).toEqual([0, 0, 1, 1, 1, 1, 1]);
  });
});
