import { afterEach, describe, expect, test } from 'vitest';
import { HighlightPainter } from './painter';
import { renderDocument } from './render-text';
import {
  indexQuery,
  mountScroller,
  nextFrames,
  syntheticAnnotations,
  syntheticCodes,
  syntheticDocument,
} from './surface-fixtures';
import type { TextMap } from './text-map';
import type { AnnotationQuery, SurfaceAnnotation, SurfaceCode } from './types';

let scroller: HTMLElement | undefined;
let painter: HighlightPainter | undefined;
afterEach(() => {
  painter?.dispose();
  scroller?.remove();
});

function setup() {
  scroller = mountScroller(400);
  const textRoot = document.createElement('div');
  textRoot.style.whiteSpace = 'pre-wrap';
  scroller.append(textRoot);
  const doc = syntheticDocument(2000, 300);
  const codes = syntheticCodes(6);
  const annotations = syntheticAnnotations(doc, 3, codes);
  const map = renderDocument(textRoot, doc);
  painter = new HighlightPainter(scroller);
  painter.setCodes(codes);
  painter.setMap(map);
  painter.setAnnotationSource(indexQuery(annotations));
  painter.refresh();
  return { doc, codes, annotations, map, painter, scroller };
}

/** Offsets of every range registered in a highlight, as "start-end" strings. */
function spansIn(name: string, map: TextMap): Set<string> {
  const out = new Set<string>();
  for (const r of CSS.highlights.get(name) ?? []) {
    const range = r as AbstractRange;
    out.add(
      `${map.offsetOf(range.startContainer, range.startOffset)}-${map.offsetOf(range.endContainer, range.endOffset, 'backward')}`,
    );
  }
  return out;
}

/** Indexes of the blocks that are at least partly inside the scroller's box. */
function visibleBlocks(map: TextMap, box: HTMLElement): number[] {
  const view = box.getBoundingClientRect();
  return map.blockElements.flatMap((el, i) => {
    const r = el.getBoundingClientRect();
    return r.bottom > view.top && r.top < view.bottom ? [i] : [];
  });
}

function expectVisibleCovered(
  map: TextMap,
  codes: SurfaceCode[],
  annotations: SurfaceAnnotation[],
  p: HighlightPainter,
  box: HTMLElement,
) {
  const visible = visibleBlocks(map, box);
  expect(visible.length).toBeGreaterThan(0);
  const registered = codes.map((_, i) => spansIn(p.codeHighlightName(i), map));
  let checked = 0;
  for (const i of visible) {
    const block = map.blocks[i]!;
    for (const a of annotations.filter((x) => x.start >= block.start && x.end <= block.end)) {
      const lane = codes.findIndex((c) => c.id === a.codeIds[0]);
      expect(registered[lane]!.has(`${a.start}-${a.end}`)).toBe(true);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
}

describe('HighlightPainter', () => {
  test('registers ranges only near the viewport, covering every visible annotation', () => {
    const { map, codes, annotations, painter, scroller } = setup();
    const count = painter.registeredRangeCount();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(annotations.length / 20);
    expectVisibleCovered(map, codes, annotations, painter, scroller);
    // Nothing from the far end of the document.
    const lastBlock = map.blocks[map.blocks.length - 1]!;
    const all = codes.flatMap((_, i) => [...spansIn(painter.codeHighlightName(i), map)]);
    expect(all.some((s) => Number(s.split('-')[0]) >= lastBlock.start)).toBe(false);
  });

  test('follows scrolling in an animation frame', async () => {
    const { map, codes, annotations, painter, scroller } = setup();
    const firstBlock = map.blocks[0]!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await nextFrames();
    expectVisibleCovered(map, codes, annotations, painter, scroller);
    const all = codes.flatMap((_, i) => [...spansIn(painter.codeHighlightName(i), map)]);
    expect(all.some((s) => Number(s.split('-')[0]) < firstBlock.end)).toBe(false);
    expect(painter.registeredRangeCount()).toBeLessThan(annotations.length / 20);
  });

  test('selected, hover and find highlights hold only their own ranges', () => {
    const { map, annotations, painter, doc } = setup();
    const target = annotations[0]!;
    painter.setSelected(target.id);
    painter.setHover(annotations[1]!.id);
    const spans = doc.blocks.map((b) => ({ start: b.start, end: b.start + 2 }));
    painter.setFindMatches(spans, 1500);
    painter.refresh();
    const name = (s: string) => `${painter.codeHighlightName(0).replace(/-c0$/, '')}-${s}`;
    expect([...spansIn(name('selected'), map)]).toEqual([`${target.start}-${target.end}`]);
    expect(spansIn(name('hover'), map).size).toBe(1);
    const find = spansIn(name('find'), map);
    expect(find.size).toBeGreaterThan(0);
    expect(find.size).toBeLessThan(100);
    expect([...spansIn(name('find-current'), map)]).toEqual([
      `${spans[1500]!.start}-${spans[1500]!.end}`,
    ]);
  });

  test('overlapping codes blend: backgrounds are translucent', () => {
    const { painter } = setup();
    const style = [...document.head.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(style).toMatch(
      new RegExp(
        `::highlight\\(${painter.codeHighlightName(0)}\\) \\{ background-color: rgb\\(\\d+ \\d+ \\d+ / 0\\.3\\);`,
      ),
    );
  });

  test('dispose removes its highlights and style', () => {
    const { painter } = setup();
    const name = painter.codeHighlightName(0);
    expect(CSS.highlights.has(name)).toBe(true);
    painter.dispose();
    expect(CSS.highlights.has(name)).toBe(false);
    const prefix = name.replace(/-c0$/, '');
    expect([...CSS.highlights.keys()].some((k) => k.startsWith(`${prefix}-`))).toBe(false);
    expect(document.querySelector(`style[data-owner="${prefix}"]`)).toBeNull();
  });

  test('a scroll keeps the ranges that stay and registers what a full repaint would', async () => {
    const { map, painter, scroller, codes, annotations } = setup();
    await nextFrames(); // the first resize observation repaints everything once
    const name = painter.codeHighlightName(0);
    const before = new Set(CSS.highlights.get(name) ?? []);
    scroller.scrollTop += 200; // a few blocks: the window moves, most of it stays
    await nextFrames();
    const after = [...(CSS.highlights.get(name) ?? [])];
    expect(after.filter((r) => before.has(r)).length).toBeGreaterThan(0);
    // The same ranges as a painter that paints the window afresh.
    const fresh = new HighlightPainter(scroller);
    fresh.setCodes(codes);
    fresh.setMap(map);
    fresh.setAnnotationSource(indexQuery(annotations));
    fresh.refresh();
    expect(spansIn(name, map)).toEqual(spansIn(fresh.codeHighlightName(0), map));
    expect(painter.registeredRangeCount()).toBe(fresh.registeredRangeCount());
    fresh.dispose();
  });

  test('an edit adds or moves only the ranges that changed', async () => {
    const { map, painter, scroller, codes, annotations } = setup();
    await nextFrames();
    const all = () =>
      codes.flatMap((_, i) => [...CSS.highlights.get(painter.codeHighlightName(i))!]);
    const before = new Set(all());
    const count = painter.registeredRangeCount();
    // A new annotation in view (a hotkey's optimistic paint), and one recoded.
    const block = map.blocks[visibleBlocks(map, scroller)[0]!]!;
    const added = { id: 'new', start: block.start, end: block.start + 5, codeIds: [codes[5]!.id] };
    const target = annotations.find(
      (a) => a.start >= block.start && a.codeIds[0] !== codes[4]!.id,
    )!;
    const recoded = annotations.map((a) => (a === target ? { ...a, codeIds: [codes[4]!.id] } : a));
    painter.setAnnotationSource(indexQuery([...recoded, added]));
    painter.refresh();
    const after = all();
    expect(painter.registeredRangeCount()).toBe(count + 1);
    expect(after.filter((r) => !before.has(r))).toHaveLength(2); // the new one and the recoded one
    expect(spansIn(painter.codeHighlightName(5), map).has(`${added.start}-${added.end}`)).toBe(
      true,
    );
    expect(spansIn(painter.codeHighlightName(4), map).has(`${target.start}-${target.end}`)).toBe(
      true,
    );
    const old = codes.findIndex((c) => c.id === target.codeIds[0]);
    expect(spansIn(painter.codeHighlightName(old), map).has(`${target.start}-${target.end}`)).toBe(
      false,
    );
  });

  test('paintAdded registers only the new range, without a query, and ends where a full repaint does', async () => {
    const { map, painter, scroller, codes, annotations } = setup();
    await nextFrames();
    let queries = 0;
    const block = map.blocks[visibleBlocks(map, scroller)[0]!]!;
    const added = { id: 'new', start: block.start + 2, end: block.start + 9, codeIds: ['code-3'] };
    const withAdded = indexQuery([...annotations, added]);
    const counted: AnnotationQuery = (start, end) => {
      queries++;
      return withAdded(start, end);
    };
    const repaints: (string | undefined)[] = [];
    painter.onRepaint = (_painted, one) => repaints.push(one?.id);
    const count = painter.registeredRangeCount();
    painter.paintAdded(counted, added);
    expect(queries).toBe(0);
    expect(repaints).toEqual(['new']);
    expect(painter.registeredRangeCount()).toBe(count + 1);
    expect(spansIn(painter.codeHighlightName(3), map).has(`${added.start}-${added.end}`)).toBe(
      true,
    );
    expect(painter.paintedWindow()!.annotations.filter((a) => a.id === 'new')).toHaveLength(1);
    // What a painter that paints the window afresh from the same source registers.
    const fresh = new HighlightPainter(scroller);
    fresh.setCodes(codes);
    fresh.setMap(map);
    fresh.setAnnotationSource(withAdded);
    fresh.refresh();
    for (const [i] of codes.entries()) {
      expect(spansIn(painter.codeHighlightName(i), map)).toEqual(
        spansIn(fresh.codeHighlightName(i), map),
      );
    }
    expect(painter.paintedWindow()!.annotations.map((a) => a.id)).toEqual(
      fresh.paintedWindow()!.annotations.map((a) => a.id),
    );
    fresh.dispose();
  });

  test('paintAdded after a scroll not yet painted repaints the new window', async () => {
    const { map, painter, scroller, annotations } = setup();
    await nextFrames();
    scroller.scrollTop = scroller.scrollHeight / 2;
    // Its scroll event has come (browsers send it in the next frame), its repaint has not.
    scroller.dispatchEvent(new Event('scroll'));
    const block = map.blocks[visibleBlocks(map, scroller)[0]!]!;
    const added = { id: 'new', start: block.start + 2, end: block.start + 9, codeIds: ['code-3'] };
    const repaints: (string | undefined)[] = [];
    painter.onRepaint = (_painted, one) => repaints.push(one?.id);
    painter.paintAdded(indexQuery([...annotations, added]), added);
    expect(repaints).toEqual([undefined]); // a full repaint, not the one range
    expect(spansIn(painter.codeHighlightName(3), map).has(`${added.start}-${added.end}`)).toBe(
      true,
    );
    expect(painter.paintedWindow()!.span.start).toBeLessThanOrEqual(block.start);
    expect(painter.paintedWindow()!.span.end).toBeGreaterThan(block.start);
  });
});
