import { translucent } from './highlight-styles';
import type { PaintedWindow } from './painter';
import type { TextMap } from './text-map';
import { lanesByCode, type StripeBar, type StripeLanes } from './stripe-lanes';
import type { Span, SurfaceAnnotation, SurfaceCode } from './types';

/** Called when a coding stripe is clicked. */
export type StripeClickHandler = (annotationId: string, point: { x: number; y: number }) => void;

/** Widest lane in pixels; lanes narrow when many codes share the gutter. */
const MAX_LANE_PITCH = 6;

/** A drawn annotation: the span it was measured for, its extent, and one bar per lane. */
interface Drawn {
  start: number;
  end: number;
  /** Its codes when drawn, where bar labels name them (stripes by coder). */
  codes?: string;
  top: number;
  height: number;
  bars: Map<string, HTMLElement>;
}

/**
 * Coding stripes, as QDA users know them from MAXQDA and NVivo: a gutter beside the text with
 * one lane per code present near the viewport (lanes in codebook order), and for each
 * annotation a thin bar from the top of its first line to the bottom of its last. By coder
 * (see `stripe-lanes.ts`), one lane per coder instead, each in the coder's colour.
 *
 * Incremental: bars are placed in the gutter's own coordinates (they scroll with the text), so
 * when the painter's window moves only the annotations that entered it are measured and added,
 * and those that left are removed. Everything is re-measured only when the text's layout
 * changes (a resize or zoom, seen by a ResizeObserver) or another document is shown. Measuring
 * every visible annotation and rebuilding hundreds of labelled elements every frame is what
 * stalled scrolling at 100,000 annotations.
 */
export class CodingStripes {
  private layout: StripeLanes = lanesByCode([]);
  private lanes: string[] = [];
  private pitch = MAX_LANE_PITCH;
  private drawn = new Map<string, Drawn>();
  private map: TextMap | null = null;
  private layoutStale = false;
  private textSize = '';
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
    const bar = (event.target as Element | null)?.closest<HTMLElement>('[data-annotation-id]');
    const id = bar?.dataset.annotationId;
    if (id !== undefined) this.onStripeClick?.(id, { x: event.clientX, y: event.clientY });
  };

  constructor(
    private readonly gutter: HTMLElement,
    private readonly onStripeClick: StripeClickHandler | null = null,
  ) {
    gutter.addEventListener('click', this.onClick);
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

  /** Bars currently in the gutter (tests, benchmarks). */
  barCount(): number {
    return this.gutter.childElementCount;
  }

  /**
   * Brings the bars in step with the painted window (null clears the gutter). With `near`, only
   * annotations within that span get bars: the blocks just around the viewport, which the
   * browser has rendered. Measuring text it has not rendered yet (content-visibility) would force
   * its layout in the middle of a scroll.
   */
  draw(painted: PaintedWindow | null, map: TextMap | null, near: Span | null = null): void {
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
    }
    const lanes = this.lanesFor(painted.annotations);
    const lanesChanged = lanes.join('\n') !== this.lanes.join('\n');
    this.lanes = lanes;
    this.pitch = Math.min(MAX_LANE_PITCH, this.gutter.clientWidth / Math.max(1, lanes.length));
    const laneOf = new Map(lanes.map((id, i) => [id, i]));
    const span = near
      ? {
          start: Math.max(near.start, painted.span.start),
          end: Math.min(near.end, painted.span.end),
        }
      : painted.span;
    // Read phase first, then writes: a bar removed between two measurements dirties layout and
    // the next measurement forces it again (about 30 forced layouts per wheel notch before).
    const keep = new Set<string>();
    const labelsNameCodes = this.layout.dataKey === 'coderId';
    const placed: [SurfaceAnnotation, Drawn][] = [];
    const stale: Drawn[] = [];
    let origin: number | null = null;
    for (const a of painted.annotations) {
      const start = Math.max(a.start, span.start);
      const end = Math.min(a.end, span.end);
      if (end <= start) continue;
      keep.add(a.id);
      let entry = this.drawn.get(a.id);
      const codes = labelsNameCodes ? a.codeIds.join('\n') : undefined;
      if (entry && (entry.start !== start || entry.end !== end || entry.codes !== codes)) {
        stale.push(entry);
        entry = undefined;
      }
      if (!entry) {
        origin ??= this.gutter.getBoundingClientRect().top;
        const extent = verticalExtent(map.rangeFor(start, end, this.probe));
        entry = extent
          ? {
              start,
              end,
              top: extent.top - origin,
              height: extent.bottom - extent.top,
              bars: new Map(),
              codes,
            }
          : { start, end, top: 0, height: 0, bars: new Map(), codes };
        this.drawn.set(a.id, entry);
      }
      placed.push([a, entry]);
    }
    for (const [id, entry] of this.drawn) {
      if (keep.has(id)) continue;
      stale.push(entry);
      this.drawn.delete(id);
    }
    this.removeBars(stale);
    const fragment = document.createDocumentFragment();
    for (const [a, entry] of placed) {
      if (entry.height > 0) this.syncBars(a, entry, laneOf, lanesChanged, fragment);
    }
    if (fragment.childNodes.length > 0) this.gutter.append(fragment);
  }

  /** Removes the bars and the listeners. */
  dispose(): void {
    this.gutter.removeEventListener('click', this.onClick);
    this.resizeObserver.disconnect();
    this.clear();
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

  /** Adds missing bars, drops bars of lanes left, and moves bars when lanes changed. */
  private syncBars(
    a: SurfaceAnnotation,
    entry: Drawn,
    laneOf: ReadonlyMap<string, number>,
    lanesChanged: boolean,
    fragment: DocumentFragment,
  ): void {
    const keys = this.layout.keysOf(a);
    for (const [key, el] of entry.bars) {
      if (!keys.includes(key)) {
        el.remove();
        entry.bars.delete(key);
      }
    }
    const width = Math.max(1, this.pitch - 1);
    for (const key of keys) {
      const lane = laneOf.get(key);
      if (lane === undefined) continue;
      const el = entry.bars.get(key);
      if (!el) {
        const look = this.layout.bar(a, key);
        if (!look) continue;
        const made = bar(a.id, look, lane * this.pitch, width, entry.top, entry.height);
        made.dataset[this.layout.dataKey] = key;
        entry.bars.set(key, made);
        fragment.append(made);
      } else if (lanesChanged) {
        el.style.left = `${lane * this.pitch}px`;
        el.style.width = `${width}px`;
      }
    }
  }

  /**
   * Takes the bars of `entries` out of the gutter: one by one when few go, or by rebuilding the
   * gutter from the bars that stay when most go (a jump), which is much cheaper than removing
   * hundreds of elements singly.
   */
  private removeBars(entries: readonly Drawn[]): void {
    let going = 0;
    for (const entry of entries) going += entry.bars.size;
    if (going === 0) return;
    if (going * 2 < this.gutter.childElementCount) {
      for (const entry of entries) for (const el of entry.bars.values()) el.remove();
    } else {
      const gone = new Set<Element>();
      for (const entry of entries) for (const el of entry.bars.values()) gone.add(el);
      const staying = [...this.gutter.children].filter((el) => !gone.has(el));
      this.gutter.replaceChildren(...staying);
    }
    for (const entry of entries) entry.bars.clear();
  }

  private clear(): void {
    this.gutter.replaceChildren();
    this.drawn = new Map();
    this.lanes = [];
  }
}

function bar(
  annotationId: string,
  look: StripeBar,
  left: number,
  width: number,
  top: number,
  height: number,
): HTMLElement {
  const el = document.createElement('div');
  el.className = 'mc-stripe';
  el.dataset.annotationId = annotationId;
  el.title = look.label;
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', look.label);
  el.style.cssText = `position:absolute;left:${left}px;top:${top}px;width:${width}px;height:${height}px;background:${translucent(look.color, 1)};cursor:pointer`;
  return el;
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
