import { afterEach, describe, expect, test, vi } from 'vitest';
import { DocumentSurface } from './document-surface';
import {
  indexQuery,
  mountScroller,
  nextFrames,
  syntheticCodes,
  syntheticDocument,
  syntheticSurface,
} from './surface-fixtures';
import type { Span } from './types';

let scroller: HTMLElement | undefined;
let surface: DocumentSurface | undefined;
afterEach(() => {
  surface?.dispose();
  scroller?.remove();
  document.getSelection()?.removeAllRanges();
});

/** A surface over a 20-paragraph document with 3 codes and no annotations, painted. */
async function emptySurface() {
  scroller = mountScroller(300, 500);
  surface = new DocumentSurface(scroller);
  const doc = syntheticDocument(20, 200);
  surface.load(doc);
  surface.setCodes(syntheticCodes(3));
  surface.setAnnotationSource(indexQuery([]), 1);
  await nextFrames();
  return { doc, surface, scroller };
}

describe('DocumentSurface', () => {
  test('a real click on overlapping annotations reports them smallest first', async () => {
    scroller = mountScroller(300, 500);
    const clicks: string[][] = [];
    surface = new DocumentSurface(scroller, { onAnnotationClick: (ids) => clicks.push(ids) });
    const text = 'Recalling its resolution on technical assistance.';
    surface.load({ text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], marks: [] });
    surface.setCodes(syntheticCodes(2));
    const t = text.indexOf('technical');
    surface.setAnnotationSource(
      indexQuery([
        { id: 'big', start: 0, end: text.length, codeIds: ['code-0'] },
        { id: 'small', start: t, end: t + 9, codeIds: ['code-1'] },
      ]),
      1,
    );
    await nextFrames(); // a click comes after the text is on screen
    const r = surface.map!.rangeFor(t + 3, t + 4).getBoundingClientRect();
    // A click event at real coordinates: the surface resolves it through layout (caret position).
    const click = (x: number, y: number) =>
      scroller!
        .querySelector('.mc-text')!
        .dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    click(r.left + r.width / 2, r.top + r.height / 2);
    expect(clicks.at(-1)).toEqual(['small', 'big']);
    const first = surface.map!.rangeFor(1, 2).getBoundingClientRect();
    click(first.left + first.width / 2, first.top + first.height / 2);
    expect(clicks.at(-1)).toEqual(['big']);
  });

  test('selection changes are reported as canonical spans', async () => {
    scroller = mountScroller(300, 500);
    const spans: (Span | null)[] = [];
    surface = new DocumentSurface(scroller, { onSelectionChange: (s) => spans.push(s) });
    const doc = syntheticDocument(5, 80);
    surface.load(doc);
    surface.showSelection({ start: 10, end: 100 });
    await expect.poll(() => spans.at(-1)).toEqual({ start: 10, end: 100 });
    document.getSelection()!.removeAllRanges();
    await expect.poll(() => spans.at(-1)).toBeNull();
  });

  test('scrollToOffset brings a far offset into view and the painter follows', async () => {
    const made = syntheticSurface(1000, 200, 4, 2);
    scroller = made.scroller;
    surface = made.surface;
    const { doc } = made;
    const target = doc.blocks[800]!.start + 5;
    surface.scrollToOffset(target);
    await nextFrames();
    const r = surface.map!.rangeFor(target, target + 1).getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    expect(r.top).toBeGreaterThanOrEqual(box.top);
    expect(r.bottom).toBeLessThanOrEqual(box.bottom);
    expect(surface.registeredRangeCount()).toBeGreaterThan(0);
    expect(surface.registeredRangeCount()).toBeLessThan(200);
  });

  test('a new annotation source version repaints; the text DOM is not re-rendered', async () => {
    scroller = mountScroller(300, 500);
    surface = new DocumentSurface(scroller);
    const doc = syntheticDocument(20, 100);
    surface.load(doc);
    surface.setCodes(syntheticCodes(2));
    const firstText = surface.map!.runs[0]!.node;
    const list = [{ id: 'a', start: 0, end: 5, codeIds: ['code-0'] }];
    const query = (s: number, e: number) => list.filter((a) => a.start < e && a.end > s);
    surface.setAnnotationSource(query, 1);
    await nextFrames();
    await nextFrames(); // off-screen blocks have taken their real size
    expect(surface.registeredRangeCount()).toBe(1);
    list.push(
      { id: 'b', start: 10, end: 20, codeIds: ['code-1'] },
      { id: 'c', start: 30, end: 40, codeIds: [] },
    );
    surface.setAnnotationSource(query, 1);
    await nextFrames();
    expect(surface.registeredRangeCount()).toBe(1);
    surface.setAnnotationSource(query, 2);
    await nextFrames();
    // b in its code's highlight, c (no known code) in the uncoded one.
    expect(surface.registeredRangeCount()).toBe(3);
    expect(surface.map!.runs[0]!.node).toBe(firstText);
    expect(firstText.isConnected).toBe(true);
  });

  test('dispose leaves the container as it found it', () => {
    scroller = mountScroller();
    surface = new DocumentSurface(scroller);
    surface.load(syntheticDocument(3, 50));
    surface.dispose();
    expect(scroller.childElementCount).toBe(0);
    surface = undefined;
  });

  test('an optimistic edit paints in the same call and goes when settled without a write', async () => {
    const { surface, scroller } = await emptySurface();
    expect(surface.registeredRangeCount()).toBe(0);
    surface.paintPending({ id: 'new', start: 5, end: 40, codeIds: ['code-1'] });
    expect(surface.pendingLayerCount() + surface.registeredRangeCount()).toBe(1); // no frame waited for
    expect(
      surface.annotationsAt(...centre(surface.map!.rangeFor(10, 11))).map((a) => a.id),
    ).toEqual(['new']);
    surface.settle('new'); // the write failed: the highlight is rolled back
    await nextFrames();
    expect(surface.registeredRangeCount()).toBe(0);
    expect(surface.pendingLayerCount()).toBe(0);
    expect(layerColorAt(scroller, ...centre(surface.map!.rangeFor(10, 11)))).toBeNull();
  });

  test('a coded span is painted under its text without touching a highlight, then taken into its code’s highlight', async () => {
    scroller = mountScroller(300, 500);
    surface = new DocumentSurface(scroller);
    const doc = syntheticDocument(20, 200);
    const codes = syntheticCodes(3);
    surface.load(doc);
    surface.setCodes(codes);
    const existing = [{ id: 'old', start: 300, end: 320, codeIds: ['code-0'] }];
    surface.setAnnotationSource(indexQuery(existing), 1);
    await nextFrames();
    const changed = vi.spyOn(Highlight.prototype, 'add');
    const added = { id: 'pending:new', start: 5, end: 40, codeIds: ['code-1'] };
    surface.paintPending(added);
    expect(changed).not.toHaveBeenCalled(); // no highlight changed: no markers rebuilt
    changed.mockRestore();
    expect(surface.pendingLayerCount()).toBe(1);
    expect(surface.registeredRangeCount()).toBe(1); // the existing one only
    // Painted where its text is, in its code's colour at the highlights' opacity.
    const inside = centre(surface.map!.rangeFor(20, 21));
    expectColor(layerColorAt(scroller, ...inside), codes[1]!.color, 0.3);
    expect(layerColorAt(scroller, ...centre(surface.map!.rangeFor(60, 61)))).toBeNull();
    // The write lands: the next repaint registers its range and clears the layer.
    surface.setAnnotationSource(indexQuery([...existing, { ...added, id: 'saved' }]), 2);
    surface.settle(added.id);
    await nextFrames();
    expect(surface.pendingLayerCount()).toBe(0);
    expect(surface.registeredRangeCount()).toBe(2);
    expect(layerColorAt(scroller, ...inside)).toBeNull();
  });

  test('a coded span across paragraphs is painted under their text without touching a highlight', async () => {
    const { doc, surface, scroller } = await emptySurface();
    const codes = syntheticCodes(3);
    const [one, two, three] = [doc.blocks[0]!, doc.blocks[1]!, doc.blocks[2]!];
    const changed = vi.spyOn(Highlight.prototype, 'add');
    surface.paintPending({
      id: 'across',
      start: one.end - 10,
      end: three.start + 10,
      codeIds: ['code-2'],
    });
    expect(changed).not.toHaveBeenCalled(); // the key's frame rebuilds no highlight's markers
    changed.mockRestore();
    expect(surface.pendingLayerCount()).toBe(1);
    expect(surface.registeredRangeCount()).toBe(0);
    const map = surface.map!;
    for (const at of [one.end - 5, two.start + 5, two.end - 1, three.start + 5]) {
      expectColor(
        layerColorAt(scroller, ...centre(map.rangeFor(at, at + 1))),
        codes[2]!.color,
        0.3,
      );
    }
    expect(
      layerColorAt(scroller, ...centre(map.rangeFor(three.start + 15, three.start + 16))),
    ).toBeNull();
    // Only text is painted, as a highlight paints it: not the middle paragraph's whole box (a
    // range across it has that box among its rectangles), right of its last line.
    const lastLine = map.rangeFor(two.end - 1, two.end).getBoundingClientRect();
    const box = map.blocks[1]!.element.getBoundingClientRect();
    expect(box.right - lastLine.right).toBeGreaterThan(8);
    const y = lastLine.top + lastLine.height / 2;
    expect(layerColorAt(scroller, (lastLine.right + box.right) / 2, y)).toBeNull();
  });

  test('a coded span longer than the pending layer covers is painted as a highlight at once', async () => {
    const { doc, surface } = await emptySurface();
    const all = { id: 'all', start: 5, end: doc.blocks.at(-1)!.end - 5 };
    surface.paintPending({ ...all, codeIds: ['code-2'] });
    expect(surface.pendingLayerCount()).toBe(0);
    expect(surface.registeredRangeCount()).toBe(1);
  });
});

/** The pending layer's colour at a viewport point as `r,g,b,alpha`, or null where it is clear. */
function layerColorAt(root: HTMLElement, x: number, y: number): string | null {
  const canvas = root.querySelector<HTMLCanvasElement>('canvas.mc-pending-canvas')!;
  const box = canvas.getBoundingClientRect();
  if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) return null;
  const px = Math.floor(((x - box.left) * canvas.width) / box.width);
  const py = Math.floor(((y - box.top) * canvas.height) / box.height);
  const [r, g, b, a] = canvas.getContext('2d')!.getImageData(px, py, 1, 1).data;
  return a === 0 ? null : `${r},${g},${b},${Math.round((a! / 255) * 10) / 10}`;
}

/** That `read` (from `layerColorAt`) is `hex` at `alpha`, give or take the canvas's rounding. */
function expectColor(read: string | null, hex: string, alpha: number): void {
  expect(read).not.toBeNull();
  const [r, g, b, a] = read!.split(',').map(Number);
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  for (const [i, v] of [r, g, b].entries()) expect(Math.abs(v! - want[i]!)).toBeLessThanOrEqual(4);
  expect(a).toBe(alpha);
}

function centre(range: Range): [number, number] {
  const r = range.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}
