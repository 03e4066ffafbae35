import { afterEach, describe, expect, test } from 'vitest';
import { IntervalIndex } from '../../../../core/index/interval-index';
import { DocumentSurface } from '../document-surface/document-surface';
import { stripesSettled } from '../document-surface/stripe-test-support';
import {
  mountScroller,
  nextFrames,
  syntheticAnnotations,
  syntheticCodes,
  syntheticDocument,
} from '../document-surface/surface-fixtures';
import type { SurfaceAnnotation } from '../document-surface/types';
import { onlyCoder, type CoderFilter } from './coder-view';
import { filterQuery } from './filter-query';

let scroller: HTMLElement | undefined;
let surface: DocumentSurface | undefined;
afterEach(() => {
  surface?.dispose();
  scroller?.remove();
});

type Coded = SurfaceAnnotation & { createdBy: string };
const CODERS = [
  { id: 'ada', name: 'Ada', color: '#1f77b4' },
  { id: 'bo', name: 'Bo', color: '#d62728' },
];

/**
 * The workbench's worst case: 1,000,000 characters, 100,000 annotations from two coders. The
 * filter goes through the window query, so its cost follows the window, never the document;
 * timings (to the painted frame, two animation frames included) are printed, not asserted.
 */
function setup() {
  scroller = mountScroller(600, 700);
  const doc = syntheticDocument(2000, 500);
  const codes = syntheticCodes(20);
  const annotations: Coded[] = syntheticAnnotations(doc, 50, codes).map((a, i) => ({
    ...a,
    createdBy: CODERS[i % 2]!.id,
  }));
  const index = new IntervalIndex<Coded>();
  for (const a of annotations) index.add(a);
  const asked: number[] = [];
  const query = (start: number, end: number) => {
    asked.push(end - start);
    return index.overlapping(start, end);
  };
  surface = new DocumentSurface(scroller);
  surface.load(doc);
  surface.setCodes(codes);
  /** Time to the painted frame (two animation frames included). */
  const show = async (filter: CoderFilter, version: number) => {
    const began = performance.now();
    surface!.setAnnotationSource(filterQuery(query, filter), version);
    await nextFrames();
    return performance.now() - began;
  };
  return { doc, annotations, asked, show, gutter: scroller.querySelector('.mc-gutter')! };
}

describe('coders at 100,000 annotations', () => {
  test('filtering and stripes by coder cost the window, not the document', async () => {
    const { doc, annotations, asked, show, gutter } = setup();
    expect(annotations).toHaveLength(100_000);
    const everyone = await show({ kind: 'all' }, 1);
    const all = surface!.registeredRangeCount();
    const adaOnly = await show(onlyCoder('ada'), 2);
    const ada = surface!.registeredRangeCount();
    expect(all).toBeGreaterThan(0);
    expect(ada).toBeGreaterThan(0);
    expect(ada).toBeLessThan(all);
    expect(all).toBeLessThan(annotations.length / 50); // only the window is painted
    // Every query asked for a window, never the whole text.
    expect(Math.max(...asked)).toBeLessThan(doc.text.length / 20);

    let began = performance.now();
    surface!.setStripeCoders(null); // stripes by code, redrawn: the baseline
    await nextFrames();
    const byCode = performance.now() - began;
    began = performance.now();
    surface!.setStripeCoders(CODERS);
    await nextFrames();
    const byCoder = performance.now() - began;
    await stripesSettled(); // the stripes' accessible list follows the canvas after a pause
    const columns = [...gutter.querySelectorAll<HTMLElement>('[data-coder-id]')];
    expect(columns.length).toBeGreaterThan(0);
    expect(new Set(columns.map((b) => b.dataset.coderId))).toEqual(new Set(['ada']));

    began = performance.now();
    scroller!.scrollTop = scroller!.scrollHeight / 2; // a jump: a new window
    await nextFrames();
    const jump = performance.now() - began;
    await stripesSettled();
    expect(gutter.querySelectorAll('[data-coder-id="bo"]').length).toBe(0);
    expect(gutter.querySelectorAll('[data-coder-id="ada"]').length).toBeGreaterThan(0);

    console.log(
      `coders at 100,000 annotations: everyone ${everyone.toFixed(1)} ms, Ada only ${adaOnly.toFixed(1)} ms, ` +
        `stripes by code ${byCode.toFixed(1)} ms, by coder ${byCoder.toFixed(1)} ms, jump ${jump.toFixed(1)} ms (${all} and ${ada} ranges)`,
    );
  });
});
