import { afterEach, describe, expect, test } from 'vitest';
import { DocumentSurface } from './document-surface';
import { laneX, listedStripes, stripeColorAt, stripesSettled } from './stripe-test-support';
import { indexQuery, mountScroller } from './surface-fixtures';
import type { SurfaceAnnotation, SurfaceCode, SurfaceCoder } from './types';

let scroller: HTMLElement | undefined;
let surface: DocumentSurface | undefined;
afterEach(() => {
  surface?.dispose();
  scroller?.remove();
});

const CODES: SurfaceCode[] = [
  { id: 'victims', name: 'Victims of terrorism', color: '#ff9da7' },
  { id: 'justice', name: 'Criminal justice', color: '#76b7b2' },
];
const CODERS: SurfaceCoder[] = [
  { id: 'ada', name: 'Ada', color: '#1f77b4' },
  { id: 'bo', name: 'Bo', color: '#d62728' },
];
// Ada and Bo both coded the first paragraph; Bo also coded the second.
const ANNOTATIONS: SurfaceAnnotation[] = [
  { id: 'ada-1', start: 0, end: 40, codeIds: ['victims', 'justice'], createdBy: 'ada' },
  { id: 'bo-1', start: 10, end: 60, codeIds: ['victims'], createdBy: 'bo' },
  { id: 'bo-2', start: 320, end: 330, codeIds: ['justice'], createdBy: 'bo' },
];

function setup(annotations = ANNOTATIONS) {
  scroller = mountScroller(400, 400);
  const para = 'word '.repeat(60).trim();
  const text = `${para}\n\n${para}`;
  surface = new DocumentSurface(scroller);
  surface.load({
    text,
    blocks: [
      { kind: 'paragraph', start: 0, end: para.length },
      { kind: 'paragraph', start: para.length + 2, end: text.length },
    ],
    marks: [],
  });
  surface.setCodes(CODES);
  surface.setAnnotationSource(indexQuery(annotations), 1);
  return scroller.querySelector<HTMLElement>('.mc-gutter')!;
}

function bars(gutter: HTMLElement) {
  return listedStripes(gutter).map((b) => ({ ...b, left: b.lane }));
}

describe('coding stripes by coder', () => {
  test('one column per coder in their colour, labelled with the coder and the codes', async () => {
    const gutter = setup();
    surface!.setStripeCoders(CODERS);
    await stripesSettled();
    const drawn = bars(gutter).sort((a, b) => a.annotation!.localeCompare(b.annotation!));
    expect(drawn.map((b) => [b.annotation, b.coder, b.label])).toEqual([
      ['ada-1', 'ada', 'Ada: Victims of terrorism, Criminal justice'],
      ['bo-1', 'bo', 'Bo: Victims of terrorism'],
      ['bo-2', 'bo', 'Bo: Criminal justice'],
    ]);
    expect(drawn.every((b) => b.code === undefined)).toBe(true);
    // Two columns, Ada's first; Bo's two bars share his column.
    const [ada, bo1, bo2] = drawn;
    expect(ada!.left).toBe(0);
    expect(bo1!.left).toBeGreaterThan(0);
    expect(bo2!.left).toBe(bo1!.left);
    // Side by side on the first line, each in the coder's colour.
    const line = surface!.map!.rangeFor(12, 13).getBoundingClientRect();
    const y = line.top + 2;
    expect(stripeColorAt(gutter, laneX(gutter, 0, 2), y)).toBe('rgb(31, 119, 180)');
    expect(stripeColorAt(gutter, laneX(gutter, 1, 2), y)).toBe('rgb(214, 39, 40)');
    expect(surface!.registeredRangeCount()).toBe(4); // highlights stay by code: 2 + 1 + 1
  });

  test('back to stripes by code: one lane per code again', async () => {
    const gutter = setup();
    surface!.setStripeCoders(CODERS);
    await stripesSettled();
    surface!.setStripeCoders(null);
    await stripesSettled();
    const drawn = bars(gutter);
    expect(drawn.every((b) => b.coder === undefined && b.code !== undefined)).toBe(true);
    expect(drawn.map((b) => `${b.annotation}:${b.code}`).sort()).toEqual([
      'ada-1:justice',
      'ada-1:victims',
      'bo-1:victims',
      'bo-2:justice',
    ]);
  });

  test('a recoded annotation gets a new label; a filtered source leaves one column', async () => {
    const gutter = setup();
    surface!.setStripeCoders(CODERS);
    await stripesSettled();
    const recoded = ANNOTATIONS.map((a) => (a.id === 'bo-1' ? { ...a, codeIds: ['justice'] } : a));
    surface!.setAnnotationSource(indexQuery(recoded), 2);
    await stripesSettled();
    expect(bars(gutter).find((b) => b.annotation === 'bo-1')!.label).toBe('Bo: Criminal justice');
    // Only Ada's work shown (the app filters through the query).
    surface!.setAnnotationSource(indexQuery(recoded.filter((a) => a.createdBy === 'ada')), 3);
    await stripesSettled();
    expect(bars(gutter).map((b) => [b.annotation, b.left])).toEqual([['ada-1', 0]]);
  });

  test('an annotation whose coder is not listed gets no bar (and no lane)', async () => {
    const gutter = setup();
    surface!.setStripeCoders([CODERS[1]!]);
    await stripesSettled();
    expect(bars(gutter).map((b) => [b.annotation, b.left])).toEqual([
      ['bo-1', 0],
      ['bo-2', 0],
    ]);
  });
});
