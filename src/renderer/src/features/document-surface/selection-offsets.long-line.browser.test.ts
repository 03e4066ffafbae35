import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderDocument } from './render-text';
import { selectionToSpan, setSelectionToSpan } from './selection-offsets';
import type { TextMap } from './text-map';

/**
 * A 5,000,000-character document on one line (one paragraph, no line break), with an emoji every
 * 10,000 characters and, in the Markdown variant, a mark every 50,000 characters, so the one
 * paragraph is hundreds of text nodes. Selection mapping must be exact anywhere in it.
 */
const LENGTH = 5_000_000;
const WORDS = 'lorem ipsum dolor sit amet ';
function longLine(): string {
  const parts: string[] = [];
  let length = 0;
  while (length < LENGTH) {
    const part = `${WORDS.repeat(370)}😀 `.slice(0, Math.min(10_000, LENGTH - length));
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const TEXT = longLine();
const MIDDLE = TEXT.indexOf('😀', LENGTH / 2);

describe.each([
  ['one text node', false],
  ['hundreds of text nodes', true],
])('selection mapping on a 5 MB line, %s', (_name, withMarks) => {
  let container: HTMLElement;
  let map: TextMap;

  beforeAll(() => {
    container = document.createElement('div');
    // Not displayed: selections and ranges are DOM positions, and laying out and painting 5 MB of
    // text on every selection change would make this test take many seconds for nothing.
    container.style.display = 'none';
    document.body.append(container);
    const marks = [];
    if (withMarks) {
      for (let at = 1_000; at + 100 < LENGTH; at += 50_000) {
        marks.push({ kind: 'emphasis' as const, start: at, end: at + 100 });
      }
    }
    map = renderDocument(container, {
      text: TEXT,
      blocks: [{ kind: 'paragraph', start: 0, end: LENGTH }],
      marks,
    });
  });

  afterAll(() => {
    container.remove();
    document.getSelection()?.removeAllRanges();
  });

  const select = (a: number, b: number): Selection => {
    const pa = map.pointAt(a, 'forward')!;
    const pb = map.pointAt(b, 'backward')!;
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(pa.node, pa.offset, pb.node, pb.offset);
    return sel;
  };

  test('maps selections at the start, the middle and the end exactly', () => {
    for (const [start, end] of [
      [0, 11],
      [MIDDLE - 6, MIDDLE + 8],
      [LENGTH - 12, LENGTH],
      [1_010, 1_200], // from inside a mark to past it
      [7, LENGTH - 3], // nearly all of it
    ] as const) {
      expect(selectionToSpan(select(start, end), map)).toEqual({ start, end });
    }
  });

  test('gives the same span for a backwards selection', () => {
    const pa = map.pointAt(MIDDLE - 100, 'forward')!;
    const pb = map.pointAt(MIDDLE + 100, 'backward')!;
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(pb.node, pb.offset, pa.node, pa.offset);
    expect(selectionToSpan(sel, map)).toEqual({ start: MIDDLE - 100, end: MIDDLE + 100 });
  });

  test('widens ends that split the emoji in the middle to whole code points', () => {
    expect(selectionToSpan(select(MIDDLE + 1, MIDDLE + 20), map)).toEqual({
      start: MIDDLE,
      end: MIDDLE + 20,
    });
    expect(selectionToSpan(select(MIDDLE - 20, MIDDLE + 1), map)).toEqual({
      start: MIDDLE - 20,
      end: MIDDLE + 2,
    });
  });

  test('shows a span in the middle and reads the same span back', () => {
    const span = { start: MIDDLE - 30, end: MIDDLE + 40 };
    expect(setSelectionToSpan(span, map)).toEqual(span);
    // Not displayed, so read the text from the range's DOM positions rather than `toString()`.
    const range = document.getSelection()!.getRangeAt(0);
    const fromNode = range.startContainer.textContent!.slice(range.startOffset);
    expect(range.startContainer).toBe(range.endContainer);
    expect(fromNode.slice(0, range.endOffset - range.startOffset)).toBe(
      TEXT.slice(span.start, span.end),
    );
  });

  test('maps a selection of the whole paragraph element (a triple click) to the whole text', () => {
    const [paragraph] = map.blockElements;
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(paragraph!, 0, paragraph!, paragraph!.childNodes.length);
    expect(selectionToSpan(sel, map)).toEqual({ start: 0, end: LENGTH });
  });
});
