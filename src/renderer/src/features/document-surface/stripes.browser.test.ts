import { afterEach, describe, expect, test } from 'vitest';
import { DocumentSurface } from './document-surface';
import {
  indexQuery,
  mountScroller,
  nextFrames,
  syntheticAnnotations,
  syntheticCodes,
  syntheticDocument,
} from './surface-fixtures';
import type { SurfaceCode } from './types';

let scroller: HTMLElement | undefined;
let surface: DocumentSurface | undefined;
afterEach(() => {
  surface?.dispose();
  scroller?.remove();
});

const CODES: SurfaceCode[] = [
  { id: 'victims', name: 'Victims of terrorism', color: '#d62728' },
  { id: 'unused', name: 'Unused', color: '#2ca02c' },
  { id: 'justice', name: 'Criminal justice', color: '#1f77b4' },
];

function setup(onAnnotationClick?: (ids: string[]) => void) {
  scroller = mountScroller(300, 400);
  const para = 'word '.repeat(60).trim();
  const text = `${para}\n\n${para}`;
  surface = new DocumentSurface(scroller, onAnnotationClick ? { onAnnotationClick } : {});
  surface.load({
    text,
    blocks: [
      { kind: 'paragraph', start: 0, end: para.length },
      { kind: 'paragraph', start: para.length + 2, end: text.length },
    ],
    marks: [],
  });
  surface.setCodes(CODES);
  // One short annotation, one spanning both paragraphs.
  surface.setAnnotationSource(
    indexQuery([
      { id: 'short', start: 0, end: 4, codeIds: ['victims'] },
      { id: 'long', start: 10, end: text.length - 3, codeIds: ['justice', 'victims'] },
    ]),
    1,
  );
  surface.registeredRangeCount();
  return { text, map: surface.map!, gutter: scroller.querySelector<HTMLElement>('.mc-gutter')! };
}

async function frames(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

describe('coding stripes', () => {
  test('one lane per code present, in codebook order, labelled with the code name', async () => {
    const { gutter } = setup();
    await frames();
    const bars = [...gutter.querySelectorAll<HTMLElement>('.mc-stripe')];
    expect(bars.map((b) => `${b.dataset.annotationId}:${b.title}`).sort()).toEqual(
      ['long:Criminal justice', 'long:Victims of terrorism', 'short:Victims of terrorism'].sort(),
    );
    const left = (code: string) =>
      parseFloat(bars.find((b) => b.dataset.codeId === code)!.style.left);
    // Two lanes (the unused code takes none), victims before justice.
    expect(left('victims')).toBe(0);
    expect(left('justice')).toBeGreaterThan(0);
    expect(bars.every((b) => b.getAttribute('aria-label') === b.title)).toBe(true);
  });

  test('a bar runs from the top of the first line to the bottom of the last', async () => {
    const { gutter, map, text } = setup();
    await frames();
    const bar = gutter
      .querySelector<HTMLElement>('[data-annotation-id="long"]')!
      .getBoundingClientRect();
    const first = map.rangeFor(10, 11).getBoundingClientRect();
    const last = map.rangeFor(text.length - 4, text.length - 3).getBoundingClientRect();
    expect(bar.top).toBeCloseTo(first.top, 0);
    expect(bar.bottom).toBeCloseTo(last.bottom, 0);
    const short = gutter
      .querySelector<HTMLElement>('[data-annotation-id="short"]')!
      .getBoundingClientRect();
    expect(short.height).toBeLessThan(bar.height / 4);
  });

  test('clicking a bar reports its annotation', async () => {
    const clicked: string[][] = [];
    const { gutter } = setup((ids) => clicked.push(ids));
    await frames();
    gutter.querySelector<HTMLElement>('[data-annotation-id="short"]')!.click();
    expect(clicked).toEqual([['short']]);
  });

  test('scrolling keeps the bars that stay near the viewport and adds only the new ones', async () => {
    scroller = mountScroller(300, 500);
    surface = new DocumentSurface(scroller);
    const doc = syntheticDocument(200, 300);
    const codes = syntheticCodes(5);
    surface.load(doc);
    surface.setCodes(codes);
    const annotations = syntheticAnnotations(doc, 3, codes);
    surface.setAnnotationSource(indexQuery(annotations), 1);
    await nextFrames();
    const gutter = scroller.querySelector<HTMLElement>('.mc-gutter')!;
    const before = new Map(
      [...gutter.querySelectorAll<HTMLElement>('.mc-stripe')].map((b) => [
        `${b.dataset.annotationId}|${b.dataset.codeId}`,
        b,
      ]),
    );
    expect(before.size).toBeGreaterThan(0);
    scroller.scrollTop += 150; // half a viewport: most of the window stays
    await nextFrames();
    const after = [...gutter.querySelectorAll<HTMLElement>('.mc-stripe')];
    const kept = after.filter(
      (b) => before.get(`${b.dataset.annotationId}|${b.dataset.codeId}`) === b,
    );
    expect(kept.length).toBeGreaterThan(0);
    // A kept bar still lines up with its annotation's first line after the scroll.
    const bar = kept[0]!;
    const a = annotations.find((x) => x.id === bar.dataset.annotationId)!;
    const first = surface.map!.rangeFor(a.start, a.start + 1).getBoundingClientRect();
    expect(bar.getBoundingClientRect().top).toBeCloseTo(first.top, 0);
  });

  test('a layout change (narrower text) re-measures every bar', async () => {
    const { gutter, map, text } = setup();
    await frames();
    scroller!.style.width = '200px';
    scroller!.style.height = '2000px'; // all of the taller text near the viewport
    await frames();
    await frames();
    const bar = gutter
      .querySelector<HTMLElement>('[data-annotation-id="long"]')!
      .getBoundingClientRect();
    const last = map.rangeFor(text.length - 4, text.length - 3).getBoundingClientRect();
    expect(bar.bottom).toBeCloseTo(last.bottom, 0);
  });
});
