import { afterEach, describe, expect, it } from 'vitest';
import { comparePassages } from '../../../../core/agreement/passages';
import { annotation } from '../../../../core/repository/test-support/records';
import { renderDocument } from '../document-surface/render-text';
import { CompareLanes, CURRENT_HIGHLIGHT, LANE_WIDTH } from './compare-lanes';
import type { ComparisonView } from './comparison-view';

const TEXT = 'First paragraph with a coded phrase.\n\nSecond paragraph, where Bob alone coded.';
const at = (phrase: string) => ({
  start: TEXT.indexOf(phrase),
  end: TEXT.indexOf(phrase) + phrase.length,
});
const by = (coder: string, id: string, phrase: string, code = 'x') => ({
  ...annotation('p', 'd', id, [code]),
  createdBy: coder,
  ...at(phrase),
});

let scroller: HTMLElement | undefined;
afterEach(() => scroller?.remove());

function setUp() {
  scroller = document.createElement('div');
  scroller.style.cssText = 'height: 300px; overflow: auto; font: 16px/1.5 sans-serif; width: 400px';
  const text = document.createElement('div');
  scroller.append(text);
  document.body.append(scroller);
  const map = renderDocument(text, {
    text: TEXT,
    blocks: [
      { kind: 'paragraph', start: 0, end: TEXT.indexOf('\n') },
      { kind: 'paragraph', start: TEXT.indexOf('Second'), end: TEXT.length },
    ],
    marks: [],
  });
  const passages = comparePassages(
    [by('a', 'a1', 'coded phrase'), by('b', 'b1', 'coded phrase'), by('b', 'b2', 'Bob alone')],
    ['a', 'b'],
  );
  const view: ComparisonView = {
    documentId: 'd',
    coders: [
      { id: 'a', name: 'Ann', colour: 'rgb(1, 2, 3)' },
      { id: 'b', name: 'Bob', colour: 'rgb(4, 5, 6)' },
    ],
    passages,
    current: 1,
    consensusCoderId: null,
  };
  return { scroller, map, view, lanes: new CompareLanes(scroller, () => map) };
}

describe('CompareLanes', () => {
  it("draws each coder's bars beside their text, the disagreement by kind, and the current passage", () => {
    const { scroller, map, view, lanes } = setUp();
    lanes.show(view);
    const layer = scroller.querySelector('.mc-compare-lanes') as HTMLElement;
    const bars = [...layer.querySelectorAll<HTMLElement>('.mc-lane-bar')];
    expect(bars.map((b) => [b.style.insetInlineStart, b.style.background, b.title])).toEqual([
      ['0px', 'rgb(1, 2, 3)', ''],
      [`${LANE_WIDTH}px`, 'rgb(4, 5, 6)', ''],
      [`${LANE_WIDTH}px`, 'rgb(4, 5, 6)', ''],
      [`${2 * LANE_WIDTH}px`, '', 'Coded by some coders only'],
    ]);
    // A bar sits at its text's height.
    const bob = at('Bob alone');
    const textTop = map.rangeFor(bob.start, bob.end).getBoundingClientRect().top;
    expect(bars[2]!.getBoundingClientRect().top).toBeCloseTo(textTop, 0);
    expect(layer.querySelectorAll('.mc-lane-current')).toHaveLength(1);
    const highlight = CSS.highlights.get(CURRENT_HIGHLIGHT);
    expect([...(highlight ?? [])].map((r) => [r.startOffset, r.endOffset])).toHaveLength(1);
    expect(scroller.style.paddingInlineEnd).toBe(`${3 * LANE_WIDTH + 8}px`);
    lanes.dispose();
  });

  it('draws a decided disagreement fainter and says so', () => {
    const { scroller, view, lanes } = setUp();
    lanes.show(view, new Set([1]));
    const marker = scroller.querySelector<HTMLElement>('.mc-lane-coded-by-some');
    expect(marker?.classList.contains('mc-lane-decided')).toBe(true);
    expect(marker?.title).toBe('Coded by some coders only (decided)');
    lanes.dispose();
  });

  it('hides everything it added', () => {
    const { scroller, view, lanes } = setUp();
    lanes.show(view);
    lanes.show(null);
    expect(scroller.querySelector('.mc-compare-lanes')).toBeNull();
    expect(CSS.highlights.has(CURRENT_HIGHLIGHT)).toBe(false);
    expect(scroller.style.paddingInlineEnd).toBe('');
    lanes.dispose();
  });
});
