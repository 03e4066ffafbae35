import { translucent } from './highlight-styles';
import type { PaintedWindow } from './painter';
import type { TextMap } from './text-map';
import { StripeCanvas, type PlacedBar } from './stripe-canvas';
import { lanesByCode, type StripeLanes } from './stripe-lanes';
import { StripeList } from './stripe-list';
import type { Span, SurfaceAnnotation, SurfaceCode } from './types';

/** Called when a coding stripe is clicked. */
export type StripeClickHandler = (annotationId: string, point: { x: number; y: number }) => void;

/** Widest lane in pixels; lanes narrow when many codes share the gutter. */
export const MAX_LANE_PITCH = 6;

/** A measured annotation: the span it was measured for, its extent, and its bars' looks. */
interface Drawn {
  start: number;
  end: number;
  /** Its codes and coder when measured: a recode gives other bars. */
  owners: string;
  top: number;
  height: number;
  /** One per lane it has a bar in. */
  looks: { key: string; color: string; label: string }[];
}

/**
 * Coding stripes, as QDA users know them from MAXQDA and NVivo: a gutter beside the text with
 * one lane per code present near the viewport (lanes in codebook order), and for each
 * annotation a thin bar from the top of its first line to the bottom of its last. By coder
 * (see `stripe-lanes.ts`), one lane per coder instead, each in the coder's colour.
 *
 * Drawn on one canvas (`stripe-canvas.ts`), with a visually hidden list saying the same for
 * screen readers (`stripe-list.ts`). Incremental: annotations are measured in the gutter's own
 * coordinates (the canvas scrolls with the text), so when the painter's window moves only the
 * annotations that entered it are measured. Everything is re-measured only when the text's
 * layout changes (a resize or zoom, seen by a ResizeObserver) or another document is shown.
 * Hundreds of labelled bar elements rebuilt per scroll step are what stalled scrolling at
 * 100,000 annotations (element creation, style and compositing inputs, in the profile).
 */
export class CodingStripes {
  private layout: StripeLanes = lanesByCode([]);
  private lanes: string[] = [];
  private drawn = new Map<string, Drawn>();
  private map: TextMap | null = null;
  private layoutStale = false;
  private textSize = '';
  private readonly canvas = new StripeCanvas();
  private readonly list = new StripeList(() => this.layout.dataKey);
  private scrollFrame = 0;
  /** The one Range every bar is measured with (see TextMap.rangeFor). */
  private readonly probe = document.createRange();
  /** A change of the text's size (resize, zoom, fonts) moves every line: re-measure all. */
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    const size = box ? `${box.width}x${box.height}` : '';
    if (this.textSize && size !== this.textSize) this.layoutStale = true;
    this.textSize = size;
  });
  private readonly onClick = (event: MouseEvent): void => {
    const id = this.annotationAt(event);
    if (id !== undefined) this.onStripeClick?.(id, { x: event.clientX, y: event.clientY });
  };
  private readonly onPointerMove = (event: PointerEvent): void => {
    const bar = this.barAt(event);
    this.gutter.style.cursor = bar ? 'pointer' : '';
    this.canvas.element.title = bar?.label ?? '';
  };
  /** Only when a bar was cut to the canvas's height: moves the painted part with the view. */
  private readonly onScroll = (): void => {
    if (this.scrollFrame || !this.canvas.cut()) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const view = this.view();
      if (!this.canvas.covers(view.top, view.bottom, 0)) this.paint(view);
    });
  };

  constructor(
    private readonly gutter: HTMLElement,
    private readonly onStripeClick: StripeClickHandler | null = null,
  ) {
    gutter.append(this.canvas.element, this.list.element);
    gutter.addEventListener('click', this.onClick);
    gutter.addEventListener('pointermove', this.onPointerMove);
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  /** Sets the codebook order, which is the lane order, and the names and colours of bars. */
  setCodes(codes: readonly SurfaceCode[]): void {
    this.setLanes(lanesByCode(codes));
  }

  /** Sets how lanes are laid out (by code, by coder) and how their bars look. */
  setLanes(lanes: StripeLanes): void {
    this.layout = lanes;
    this.clear(); // colours and names may have changed: the next draw builds afresh
  }

  /** Lanes drawn last time (one per code, or coder, present near the viewport). */
  laneCount(): number {
    return this.lanes.length;
  }

  /** Bars currently drawn (tests, benchmarks). */
  barCount(): number {
    return this.canvas.drawn().length;
  }

  /** The bars currently drawn, in gutter coordinates (tests). */
  bars(): readonly PlacedBar[] {
    return this.canvas.drawn();
  }

  /** Brings the accessible list in step with the canvas now instead of after the delay (tests). */
  flushList(): void {
    this.list.flush();
  }

  /**
   * Brings the bars in step with the painted window (null clears the gutter). With `near`, only
   * annotations within that span get bars: the blocks just around the viewport, which the
   * browser has rendered. Measuring text it has not rendered yet (content-visibility) would force
   * its layout in the middle of a scroll.
   */
  draw(
    painted: PaintedWindow | null,
    map: TextMap | null,
    near: Span | null = null,
    added?: SurfaceAnnotation,
  ): void {
    if (!painted || !map) {
      this.clear();
      this.map = null;
      return;
    }
    if (map !== this.map || this.layoutStale) {
      if (map !== this.map) this.observe(map);
      this.map = map;
      this.layoutStale = false;
      this.clear();
    } else if (added && this.drawAdded(painted, map, near, added)) {
      return;
    }
    this.lanes = this.lanesFor(painted.annotations);
    const span = within(painted, near);
    // Every measurement first, then one paint: nothing is written between two reads.
    const keep = new Map<string, Drawn>();
    const origin = this.origin();
    for (const a of painted.annotations) {
      const entry = this.measured(a, span, map, origin);
      if (entry) keep.set(a.id, entry);
    }
    this.drawn = keep;
    this.paint(this.view());
  }

  /**
   * Draws one annotation added to the window drawn last (a hotkey's optimistic paint): measures
   * it alone and draws its bars over the canvas, instead of re-measuring the window and
   * repainting every bar. False, having drawn nothing, when that would not show what a full
   * draw shows: a lane it needs is not drawn yet (the lanes after it move), or its bars reach
   * beyond the canvas. Bars in one lane share one opaque colour, so drawing a bar last gives
   * the pixels of drawing it in order.
   */
  private drawAdded(
    painted: PaintedWindow,
    map: TextMap,
    near: Span | null,
    added: SurfaceAnnotation,
  ): boolean {
    if (this.drawn.has(added.id)) return false;
    if (this.layout.keysOf(added).some((key) => !this.lanes.includes(key))) return false;
    const entry = this.measured(added, within(painted, near), map, this.origin());
    if (!entry) return true; // outside the stripes' span: no bar, as a full draw would have
    const width = this.gutter.clientWidth;
    const bars: PlacedBar[] = [];
    this.placer(width)(added.id, entry, bars);
    if (!this.canvas.add(bars, width)) return false;
    this.drawn.set(added.id, entry);
    this.list.update(this.canvas.drawn());
    return true;
  }

  /** The gutter's top in the viewport, read once on first use (a layout read). */
  private origin(): () => number {
    let top: number | null = null;
    return () => (top ??= this.gutter.getBoundingClientRect().top);
  }

  /**
   * The annotation's bar extent within `span`: kept from the last draw when its cut and owners
   * are unchanged, else measured. Null when none of it is in `span`.
   */
  private measured(
    a: SurfaceAnnotation,
    span: Span,
    map: TextMap,
    origin: () => number,
  ): Drawn | null {
    const start = Math.max(a.start, span.start);
    const end = Math.min(a.end, span.end);
    if (end <= start) return null;
    const owners = `${a.codeIds.join('\n')}\t${a.createdBy ?? ''}`;
    const entry = this.drawn.get(a.id);
    if (entry && entry.start === start && entry.end === end && entry.owners === owners) {
      return entry;
    }
    const extent = verticalExtent(map.rangeFor(start, end, this.probe));
    const top = extent ? extent.top - origin() : 0;
    return {
      start,
      end,
      owners,
      top,
      height: extent ? extent.bottom - extent.top : 0,
      looks: this.looksOf(a),
    };
  }

  /** Removes the canvas, the list and the listeners. */
  dispose(): void {
    cancelAnimationFrame(this.scrollFrame);
    this.gutter.removeEventListener('click', this.onClick);
    this.gutter.removeEventListener('pointermove', this.onPointerMove);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    this.resizeObserver.disconnect();
    this.clear();
    this.canvas.element.remove();
    this.list.element.remove();
  }

  /** Places every measured bar in its lane and paints them; the list follows after a pause. */
  private paint(view: { top: number; bottom: number }): void {
    const width = this.gutter.clientWidth;
    const place = this.placer(width);
    const bars: PlacedBar[] = [];
    for (const [annotationId, entry] of this.drawn) place(annotationId, entry, bars);
    this.canvas.paint(bars, width, view.top, view.bottom);
    this.list.update(bars);
  }

  /** Places a measured annotation's bars in the drawn lanes, for a gutter `width` wide. */
  private placer(width: number): (annotationId: string, entry: Drawn, into: PlacedBar[]) => void {
    const pitch = Math.min(MAX_LANE_PITCH, width / Math.max(1, this.lanes.length));
    const laneOf = new Map(this.lanes.map((id, i) => [id, i]));
    return (annotationId, entry, into) => {
      if (entry.height <= 0) return;
      for (const look of entry.looks) {
        const lane = laneOf.get(look.key);
        if (lane === undefined) continue;
        into.push({
          annotationId,
          key: look.key,
          lane,
          left: lane * pitch,
          width: Math.max(1, pitch - 1),
          top: entry.top,
          height: entry.height,
          color: look.color,
          label: look.label,
        });
      }
    };
  }

  /** The browser window's extent in gutter coordinates (the scroller lies within it). */
  private view(): { top: number; bottom: number } {
    const origin = this.gutter.getBoundingClientRect().top;
    return { top: -origin, bottom: window.innerHeight - origin };
  }

  private looksOf(a: SurfaceAnnotation): Drawn['looks'] {
    const looks: Drawn['looks'] = [];
    for (const key of this.layout.keysOf(a)) {
      const look = this.layout.bar(a, key);
      if (look) looks.push({ key, color: translucent(look.color, 1), label: look.label });
    }
    return looks;
  }

  private barAt(event: MouseEvent): PlacedBar | null {
    const box = this.gutter.getBoundingClientRect();
    return this.canvas.barAt(event.clientX - box.left, event.clientY - box.top);
  }

  /** A list item (a screen reader's click) names its annotation; on the canvas, the bar hit. */
  private annotationAt(event: MouseEvent): string | undefined {
    const item = (event.target as Element | null)?.closest<HTMLElement>('[data-annotation-id]');
    if (item) return item.dataset.annotationId;
    return this.barAt(event)?.annotationId;
  }

  private observe(map: TextMap): void {
    this.resizeObserver.disconnect();
    this.textSize = '';
    const root = map.blockElements[0]?.closest('.mc-text');
    if (root) this.resizeObserver.observe(root);
  }

  /** Lanes present in the window (codes or coders), in the layout's order. */
  private lanesFor(annotations: readonly SurfaceAnnotation[]): string[] {
    const present = new Set<string>();
    for (const a of annotations) for (const key of this.layout.keysOf(a)) present.add(key);
    return this.layout.order.filter((key) => present.has(key));
  }

  private clear(): void {
    this.drawn = new Map();
    this.lanes = [];
    this.canvas.clear();
    this.list.clear();
  }
}

/** The span stripes are drawn for: the painted window, within `near` when given. */
function within(painted: PaintedWindow, near: Span | null): Span {
  return near
    ? { start: Math.max(near.start, painted.span.start), end: Math.min(near.end, painted.span.end) }
    : painted.span;
}

/** Top of the first line box and bottom of the last one a range touches, or null if none. */
function verticalExtent(range: Range): { top: number; bottom: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of range.getClientRects()) {
    if (r.height === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return top < bottom ? { top, bottom } : null;
}
