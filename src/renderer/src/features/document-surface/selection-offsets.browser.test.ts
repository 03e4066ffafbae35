import { afterEach, describe, expect, test } from 'vitest';
import { renderDocument } from './render-text';
import { selectionToSpan, setSelectionToSpan } from './selection-offsets';
import type { TextMap } from './text-map';

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  document.getSelection()?.removeAllRanges();
});

const TEXT = 'I 😀 love\n\ncoding 👩‍💻 data';
function render(): TextMap {
  container = document.createElement('div');
  document.body.append(container);
  return renderDocument(container, {
    text: TEXT,
    blocks: [
      { kind: 'paragraph', start: 0, end: 9 },
      { kind: 'paragraph', start: 11, end: TEXT.length },
    ],
    marks: [{ kind: 'emphasis', start: 4, end: 9 }],
  });
}

function select(map: TextMap, a: number, b: number): Selection {
  const pa = map.pointAt(a, 'forward')!;
  const pb = map.pointAt(b, 'backward')!;
  const sel = document.getSelection()!;
  sel.setBaseAndExtent(pa.node, pa.offset, pb.node, pb.offset);
  return sel;
}

describe('selectionToSpan', () => {
  test('maps an emoji selection to whole UTF-16 code units', () => {
    const map = render();
    const start = TEXT.indexOf('😀');
    const span = selectionToSpan(select(map, start, start + 2), map);
    expect(span).toEqual({ start, end: start + 2 });
    expect(TEXT.slice(span!.start, span!.end)).toBe('😀');
  });

  test('widens an endpoint that splits a surrogate pair', () => {
    const map = render();
    const start = TEXT.indexOf('😀');
    expect(selectionToSpan(select(map, start + 1, start + 2), map)).toEqual({
      start,
      end: start + 2,
    });
    expect(selectionToSpan(select(map, 0, start + 1), map)).toEqual({ start: 0, end: start + 2 });
  });

  test('a backwards selection gives the same span', () => {
    const map = render();
    const pa = map.pointAt(2, 'forward')!;
    const pb = map.pointAt(14, 'backward')!;
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(pb.node, pb.offset, pa.node, pa.offset);
    expect(sel.anchorOffset).toBe(pb.offset);
    expect(selectionToSpan(sel, map)).toEqual({ start: 2, end: 14 });
  });

  test('a selection spanning two blocks covers the gap between them', () => {
    const map = render();
    const span = selectionToSpan(select(map, 5, 17), map)!;
    expect(span).toEqual({ start: 5, end: 17 });
    expect(TEXT.slice(span.start, span.end)).toBe('love\n\ncoding');
  });

  test('a selection from whole elements (triple click) ends at the block text', () => {
    const map = render();
    const [p1, p2] = map.blockElements;
    document.getSelection()!.setBaseAndExtent(p1!, 0, p2!, 0);
    expect(selectionToSpan(document.getSelection()!, map)).toEqual({ start: 0, end: 9 });
  });

  test('a selection partly outside the document is clamped; wholly outside or collapsed is null', () => {
    const map = render();
    const outside = document.createElement('p');
    outside.textContent = 'sidebar';
    document.body.prepend(outside);
    try {
      const sel = document.getSelection()!;
      const end = map.pointAt(4, 'backward')!;
      sel.setBaseAndExtent(outside.firstChild!, 2, end.node, end.offset);
      expect(selectionToSpan(sel, map)).toEqual({ start: 0, end: 4 });
      sel.setBaseAndExtent(outside.firstChild!, 1, outside.firstChild!, 5);
      expect(selectionToSpan(sel, map)).toBeNull();
      sel.collapse(end.node, end.offset);
      expect(selectionToSpan(sel, map)).toBeNull();
    } finally {
      outside.remove();
    }
  });
});

describe('setSelectionToSpan', () => {
  test('shows exactly the span and reads back the same span', () => {
    const map = render();
    const zwj = TEXT.indexOf('👩‍💻');
    for (const span of [
      { start: 0, end: 4 },
      { start: 2, end: 17 },
      { start: zwj, end: zwj + '👩‍💻'.length },
    ]) {
      expect(setSelectionToSpan(span, map)).toEqual(span);
      const shown = document.getSelection()!.toString().replace(/\n/g, '');
      expect(shown).toBe(TEXT.slice(span.start, span.end).replace(/\n/g, ''));
    }
  });
});
