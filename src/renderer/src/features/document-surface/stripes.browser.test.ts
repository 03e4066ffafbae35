import { afterEach, describe, expect, test, vi } from 'vitest';
import { DocumentSurface } from './document-surface';
import { indexQuery, mountScroller, nextFrames, syntheticSurface } from './surface-fixtures';
import { laneX, listedStripes, stripeColorAt, stripesSettled } from './stripe-test-support';
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

const RED = 'rgb(214, 39, 40)'; // victims
const BLUE = 'rgb(31, 119, 180)'; // justice

describe('coding stripes', () => {
  test('one lane per code present, in codebook order, listed with the code name', async () => {
    const { gutter, map } = setup();
    await stripesSettled();
    const listed = listedStripes(gutter);
    expect(listed.map((b) => `${b.annotation}:${b.label}`).sort()).toEqual(
      ['long:Criminal justice', 'long:Victims of terrorism', 'short:Victims of terrorism'].sort(),
    );
    // Two lanes (the unused code takes none), victims before justice.
    const lane = (code: string) => listed.find((b) => b.code === code)!.lane;
    expect(lane('victims')).toBe(0);
    expect(lane('justice')).toBe(1);
    // The canvas shows them there, in the codes' colours; the list is what a reader hears.
    const line = map.rangeFor(10, 11).getBoundingClientRect();
    const y = (line.top + line.bottom) / 2;
    expect(stripeColorAt(gutter, laneX(gutter, 0, 2), y)).toBe(RED);
    expect(stripeColorAt(gutter, laneX(gutter, 1, 2), y)).toBe(BLUE);
    expect(stripeColorAt(gutter, laneX(gutter, 2, 2) + 2, y)).toBeNull();
    expect(gutter.querySelector('canvas')!.getAttribute('aria-hidden')).toBe('true');
  });

  test('a bar runs from the top of the first line to the bottom of the last', async () => {
    const { gutter, map, text } = setup();
    await frames();
    const x = laneX(gutter, 1, 2); // justice: only the long annotation
    const first = map.rangeFor(10, 11).getBoundingClientRect();
    const last = map.rangeFor(text.length - 4, text.length - 3).getBoundingClientRect();
    expect(stripeColorAt(gutter, x, first.top + 1)).toBe(BLUE);
    expect(stripeColorAt(gutter, x, first.top - 2)).toBeNull();
    expect(stripeColorAt(gutter, x, last.bottom - 1)).toBe(BLUE);
    expect(stripeColorAt(gutter, x, last.bottom + 2)).toBeNull();
    // The short one ends with its line, while the long one's lane goes on.
    const second = map.rangeFor(80, 81).getBoundingClientRect();
    expect(second.top).toBeGreaterThan(first.bottom - 1);
    expect(stripeColorAt(gutter, laneX(gutter, 0, 2), second.bottom - 2)).toBe(RED); // long
  });

  test('clicking a bar reports its annotation (the shortest under the pointer)', async () => {
    const clicked: string[][] = [];
    const { gutter, map, text } = setup((ids) => clicked.push(ids));
    await frames();
    const click = (x: number, y: number) =>
      gutter.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    const first = map.rangeFor(0, 1).getBoundingClientRect();
    click(laneX(gutter, 0, 2), (first.top + first.bottom) / 2); // short and long: short wins
    const last = map.rangeFor(text.length - 4, text.length - 3).getBoundingClientRect();
    click(laneX(gutter, 1, 2), (last.top + last.bottom) / 2);
    click(laneX(gutter, 2, 2) + 4, (last.top + last.bottom) / 2); // beside every lane
    expect(clicked).toEqual([['short'], ['long']]);
  });

  test('scrolling keeps the listed bars that stay and draws the new window', async () => {
    const made = syntheticSurface(200, 300, 5, 3);
    scroller = made.scroller;
    surface = made.surface;
    const { annotations } = made;
    await stripesSettled();
    const gutter = scroller.querySelector<HTMLElement>('.mc-gutter')!;
    const items = () => [...gutter.querySelectorAll<HTMLElement>('.mc-stripe-list > li')];
    const before = new Map(
      items().map((b) => [`${b.dataset.annotationId}|${b.dataset.codeId}`, b]),
    );
    expect(before.size).toBeGreaterThan(0);
    scroller.scrollTop += 250; // most of a viewport: part of the window stays
    await stripesSettled();
    // Back up: the canvas keeps its size (no new backing store for a smaller window).
    const canvas = gutter.querySelector('canvas')!;
    const size = `${canvas.width}x${canvas.height}`;
    scroller.scrollTop -= 250;
    await nextFrames();
    expect(`${canvas.width}x${canvas.height}`).toBe(size);
    const after = items();
    const kept = after.filter(
      (b) => before.get(`${b.dataset.annotationId}|${b.dataset.codeId}`) === b,
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(after.length); // and new ones came in
    // Kept and new items together in reading order (top of each annotation's first line).
    const tops = after.map((b) => {
      const a = annotations.find((x) => x.id === b.dataset.annotationId)!;
      return surface!.map!.rangeFor(a.start, a.start + 1).getBoundingClientRect().top;
    });
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThanOrEqual(tops[i - 1]! - 1);
    // Every annotation visible after the scroll shows in its lane, at its first line.
    const box = scroller.getBoundingClientRect();
    const visible = after.filter((b) => {
      const a = annotations.find((x) => x.id === b.dataset.annotationId)!;
      const r = surface!.map!.rangeFor(a.start, a.start + 1).getBoundingClientRect();
      return r.top > box.top + 5 && r.bottom < box.bottom - 5;
    });
    expect(visible.length).toBeGreaterThan(0);
    const lanes = new Set(after.map((b) => b.dataset.lane)).size;
    for (const item of visible) {
      const a = annotations.find((x) => x.id === item.dataset.annotationId)!;
      const r = surface.map!.rangeFor(a.start, a.start + 1).getBoundingClientRect();
      const color = stripeColorAt(
        gutter,
        laneX(gutter, Number(item.dataset.lane), lanes),
        r.top + 2,
      );
      expect(color).not.toBeNull();
    }
  });

  test('a layout change (narrower text) re-measures every bar', async () => {
    const { gutter, map, text } = setup();
    await frames();
    scroller!.style.width = '200px';
    scroller!.style.height = '2000px'; // all of the taller text near the viewport
    await frames();
    await frames();
    const last = map.rangeFor(text.length - 4, text.length - 3).getBoundingClientRect();
    expect(stripeColorAt(gutter, laneX(gutter, 1, 2), last.bottom - 1)).toBe(BLUE);
    expect(stripeColorAt(gutter, laneX(gutter, 1, 2), last.bottom + 2)).toBeNull();
  });

  describe('a coded span (optimistic paint) draws only its own bars', () => {
    /** A surface of many annotations, drawn and settled, with an annotation to add in view. */
    async function coded(newCode: (present: string[], all: SurfaceCode[]) => string) {
      // Six of the eight codes in use: the other two have no lane until an annotation needs it.
      const made = syntheticSurface(200, 300, 8, 3, 6);
      scroller = made.scroller;
      surface = made.surface;
      const { codes } = made;
      await stripesSettled();
      const gutter = scroller.querySelector<HTMLElement>('.mc-gutter')!;
      const present = [...new Set(listedStripes(gutter).map((b) => b.code!))];
      const block = surface.map!.blocks[1]!; // in view
      const added = {
        id: 'pending:new',
        start: block.start + 20,
        end: block.start + 200, // several lines
        codeIds: [newCode(present, codes)],
      };
      return { gutter, added };
    }

    /** Every pixel of the stripe canvas, its place, and the bars it says it drew. */
    function snapshot(gutter: HTMLElement) {
      const canvas = gutter.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const drawn = surface!['stripes'].bars().map((b) => JSON.stringify(b));
      return {
        size: `${canvas.width}x${canvas.height}@${canvas.style.top}`,
        pixels: Array.from(pixels.data),
        bars: [...drawn].sort(),
      };
    }

    /** The same surface drawn afresh: every annotation measured and every bar painted. */
    async function drawnAfresh(gutter: HTMLElement) {
      surface!.setStripeCoders(null); // clears the stripes and draws them from nothing
      await nextFrames();
      return snapshot(gutter);
    }

    test('in a lane already drawn: only it measured, no clearing, the pixels of a full draw', async () => {
      const { gutter, added } = await coded((present) => present[present.length - 1]!);
      // Measured: the new annotation only (by the stripes, and by the pending layer).
      const measured: (number | null)[] = [];
      const original = Range.prototype.getClientRects;
      const measure = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (
        this: Range,
      ) {
        measured.push(surface!.map!.offsetOf(this.startContainer, this.startOffset));
        return original.call(this);
      });
      const clear = vi.spyOn(CanvasRenderingContext2D.prototype, 'clearRect');
      const before = snapshot(gutter);
      surface!.paintPending(added);
      expect(measured.length).toBeGreaterThan(0);
      expect(measured.every((start) => start === added.start)).toBe(true); // nothing re-measured
      expect(clear).not.toHaveBeenCalled(); // drawn over the canvas, not repainted
      measure.mockRestore();
      clear.mockRestore();
      const after = snapshot(gutter);
      expect(after.pixels).not.toEqual(before.pixels); // its bar is there
      expect(after.bars.filter((b) => b.includes('"pending:new"')).length).toBe(1);
      expect(after).toEqual(await drawnAfresh(gutter));
      // The accessible list follows, with the new bar in it.
      await stripesSettled();
      expect(listedStripes(gutter).filter((b) => b.annotation === 'pending:new')).toHaveLength(1);
    });

    test('in a lane not drawn yet: lanes move, so everything is drawn again, as a full draw', async () => {
      const { gutter, added } = await coded(
        (present, all) => all.find((c) => !present.includes(c.id))!.id,
      );
      const lanes = surface!['stripes'].laneCount();
      surface!.paintPending(added);
      expect(surface!['stripes'].laneCount()).toBe(lanes + 1);
      const after = snapshot(gutter);
      expect(after.bars.filter((b) => b.includes('"pending:new"')).length).toBe(1);
      expect(after).toEqual(await drawnAfresh(gutter));
    });
  });
});
