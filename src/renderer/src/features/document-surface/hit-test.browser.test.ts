import { afterEach, describe, expect, test } from 'vitest';
import { annotationsAtPoint, characterOffsetAtPoint, offsetFromPoint } from './hit-test';
import { renderDocument } from './render-text';
import { indexQuery } from './surface-fixtures';
import type { TextMap } from './text-map';

let container: HTMLElement | undefined;
afterEach(() => container?.remove());

const TEXT = 'Stresses the importance of fair and effective criminal justice systems.';

function render(): TextMap {
  container = document.createElement('div');
  container.style.cssText = 'width:500px;font:16px/1.5 monospace;white-space:pre-wrap';
  document.body.append(container);
  return renderDocument(container, {
    text: TEXT,
    blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }],
    marks: [],
  });
}

/** The centre of the character at `offset`, in viewport coordinates. */
function centreOf(map: TextMap, offset: number): { x: number; y: number } {
  const r = map.rangeFor(offset, offset + 1).getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

describe('hit-testing', () => {
  test('the character under a point, whichever half of it is hit', () => {
    const map = render();
    const o = TEXT.indexOf('fair');
    const r = map.rangeFor(o, o + 1).getBoundingClientRect();
    expect(characterOffsetAtPoint(r.left + 1, r.top + r.height / 2, map)).toBe(o);
    expect(characterOffsetAtPoint(r.right - 1, r.top + r.height / 2, map)).toBe(o);
    expect(offsetFromPoint(r.left + 1, r.top + r.height / 2, map)).toBe(o);
  });

  test('overlapping annotations come back smallest first', () => {
    const map = render();
    const word = TEXT.indexOf('justice');
    const query = indexQuery([
      { id: 'sentence', start: 0, end: TEXT.length, codeIds: ['c1'] },
      {
        id: 'phrase',
        start: TEXT.indexOf('criminal'),
        end: TEXT.indexOf(' systems'),
        codeIds: ['c2'],
      },
      { id: 'word', start: word, end: word + 'justice'.length, codeIds: ['c3'] },
      { id: 'elsewhere', start: 0, end: 8, codeIds: ['c1'] },
    ]);
    const { x, y } = centreOf(map, word + 2);
    expect(annotationsAtPoint(x, y, map, query).map((a) => a.id)).toEqual([
      'word',
      'phrase',
      'sentence',
    ]);
    const before = centreOf(map, TEXT.indexOf('criminal') + 1);
    expect(annotationsAtPoint(before.x, before.y, map, query).map((a) => a.id)).toEqual([
      'phrase',
      'sentence',
    ]);
  });

  test('a point over blank space hits nothing', () => {
    const map = render();
    const query = indexQuery([{ id: 'all', start: 0, end: TEXT.length, codeIds: ['c1'] }]);
    const box = container!.getBoundingClientRect();
    const last = map.rangeFor(TEXT.length - 1, TEXT.length).getBoundingClientRect();
    // Right of the last character on the last line.
    expect(annotationsAtPoint(box.right - 2, last.top + last.height / 2, map, query)).toEqual([]);
    const inside = centreOf(map, TEXT.length - 1);
    expect(annotationsAtPoint(inside.x, inside.y, map, query).map((a) => a.id)).toEqual(['all']);
  });
});
