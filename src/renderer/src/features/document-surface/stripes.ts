import { translucent } from './highlight-styles';
import type { PaintedWindow } from './painter';
import type { TextMap } from './text-map';
import type { SurfaceCode } from './types';

/** Called when a coding stripe is clicked. */
export type StripeClickHandler = (annotationId: string, point: { x: number; y: number }) => void;

/** Widest lane in pixels; lanes narrow when many codes share the gutter. */
const MAX_LANE_PITCH = 6;

/**
 * Coding stripes, as QDA users know them from MAXQDA and NVivo: a gutter beside the text with
 * one lane per code present near the viewport (lanes in codebook order), and for each
 * annotation a thin bar from the top of its first line to the bottom of its last. It draws from
 * the painter's window, so its cost follows the viewport, not the document.
 */
export class CodingStripes {
  private codes: readonly SurfaceCode[] = [];
  private lastLaneCount = 0;
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

  /** Sets the codebook order, which is the lane order. */
  setCodes(codes: readonly SurfaceCode[]): void {
    this.codes = codes;
  }

  /** Lanes drawn last time (one per code present near the viewport). */
  laneCount(): number {
    return this.lastLaneCount;
  }

  /** Redraws every bar for the painted window (null clears the gutter). */
  draw(painted: PaintedWindow | null, map: TextMap | null): void {
    if (!painted || !map) {
      this.gutter.replaceChildren();
      this.lastLaneCount = 0;
      return;
    }
    const present = new Set<string>();
    for (const a of painted.annotations) for (const id of a.codeIds) present.add(id);
    const lanes = this.codes.filter((c) => present.has(c.id));
    const laneOf = new Map(lanes.map((c, i) => [c.id, i]));
    const byId = new Map(lanes.map((c) => [c.id, c]));
    this.lastLaneCount = lanes.length;
    const pitch = Math.min(MAX_LANE_PITCH, this.gutter.clientWidth / Math.max(1, lanes.length));
    const origin = this.gutter.getBoundingClientRect().top;
    const fragment = document.createDocumentFragment();
    const { span } = painted;
    for (const a of painted.annotations) {
      const extent = verticalExtent(
        map.rangeFor(Math.max(a.start, span.start), Math.min(a.end, span.end)),
      );
      if (!extent) continue;
      for (const codeId of a.codeIds) {
        const lane = laneOf.get(codeId);
        const code = byId.get(codeId);
        if (lane === undefined || !code) continue;
        fragment.append(
          bar(
            a.id,
            code,
            lane * pitch,
            Math.max(1, pitch - 1),
            extent.top - origin,
            extent.bottom - extent.top,
          ),
        );
      }
    }
    this.gutter.replaceChildren(fragment);
  }

  /** Removes the bars and the click listener. */
  dispose(): void {
    this.gutter.removeEventListener('click', this.onClick);
    this.gutter.replaceChildren();
  }
}

function bar(
  annotationId: string,
  code: SurfaceCode,
  left: number,
  width: number,
  top: number,
  height: number,
): HTMLElement {
  const el = document.createElement('div');
  el.className = 'mc-stripe';
  el.dataset.annotationId = annotationId;
  el.dataset.codeId = code.id;
  el.title = code.name;
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', code.name);
  el.style.cssText = `position:absolute;left:${left}px;top:${top}px;width:${width}px;height:${height}px;background:${translucent(code.color, 1)};cursor:pointer`;
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
