import { afterEach, describe, expect, it } from 'vitest';
import { laneSelection } from './lane-selection';

/** A lane's text as CoderLane renders it: pieces that carry their document offsets. */
function lane(pieces: [number, string][]): HTMLElement {
  const div = document.createElement('div');
  for (const [start, text] of pieces) {
    const span = document.createElement(start === 10 ? 'mark' : 'span');
    span.dataset.start = String(start);
    span.dataset.end = String(start + text.length);
    span.textContent = text;
    div.append(span);
  }
  document.body.append(div);
  return div;
}

afterEach(() => document.body.replaceChildren());

describe('laneSelection', () => {
  it('maps a selection across pieces, made backwards, to document offsets', () => {
    const div = lane([
      [4, 'Text before '],
      [16, 'the coded words'],
      [31, ' after.'],
    ]);
    const [first, second] = [...div.children].map((c) => c.firstChild as Text);
    const selection = window.getSelection() as Selection;
    selection.setBaseAndExtent(second as Text, 3, first as Text, 5);
    expect(laneSelection(selection, div)).toEqual({ start: 4 + 5, end: 16 + 3 });
  });

  it('is null for an empty selection or one outside the lanes', () => {
    const div = lane([[0, 'Some text']]);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const selection = window.getSelection() as Selection;
    const text = div.firstChild?.firstChild as Text;
    selection.setBaseAndExtent(text, 2, text, 2);
    expect(laneSelection(selection, div)).toBeNull();
    selection.setBaseAndExtent(outside.firstChild as Text, 0, outside.firstChild as Text, 4);
    expect(laneSelection(selection, div)).toBeNull();
  });
});
