/** Most pixels the layer's canvas may be tall (it covers the viewport and some text around it). */
const MAX_HEIGHT = 4_096;

/**
 * A canvas under the text, in the surface's coordinates (so it scrolls with the text), on which
 * a hotkey's new annotation is painted until the painter's next repaint takes it into its code's
 * `Highlight`. Why: in Chromium any change to any registered `Highlight` rebuilds the document
 * markers of every highlighted range, so the frame after the key repainted all the highlighted
 * text near the viewport (12-35 ms of Paint at 100,000 annotations, the largest share of the
 * key's latency). Drawing on a canvas that is already in place changes no highlight, no style
 * and no DOM, so that frame repaints the canvas alone.
 *
 * The canvas is placed (a style change) only in a repaint, which changes highlights anyway:
 * `place` covers the viewport and a viewport above and below it, and moves only when the
 * viewport leaves what it covers.
 */
export class PendingLayer {
  readonly element = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D | null;
  private top = 0;
  private height = 0;
  private left = 0;
  private width = 0;
  private painted = 0;

  constructor(
    private readonly surfaceRoot: HTMLElement,
    private readonly textRoot: HTMLElement,
    private readonly scroller: HTMLElement,
  ) {
    this.element.className = 'mc-pending-canvas';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.style.cssText =
      'position:absolute;left:0;top:0;width:0;height:0;z-index:-1;pointer-events:none';
    this.context = this.element.getContext('2d');
  }

  /** Annotations painted on the layer since it was last cleared (tests). */
  get size(): number {
    return this.painted;
  }

  /**
   * Clears the layer and makes it cover the text around the viewport (call in a repaint: it
   * reads layout, and writes style only when the viewport has left the covered part).
   */
  place(): void {
    this.clear();
    const surface = this.surfaceRoot.getBoundingClientRect();
    const view = this.scroller.getBoundingClientRect();
    const text = this.textRoot.getBoundingClientRect();
    const visible = Math.max(0, Math.min(view.bottom, window.innerHeight) - Math.max(view.top, 0));
    const viewTop = Math.max(view.top, 0) - surface.top;
    const left = Math.round(text.left - surface.left);
    const width = Math.round(text.width);
    if (
      visible > 0 &&
      left === this.left &&
      width === this.width &&
      this.top <= viewTop &&
      this.top + this.height >= viewTop + visible
    ) {
      return;
    }
    const height = Math.min(MAX_HEIGHT, Math.max(visible * 3, 1));
    this.top = Math.max(0, Math.floor(viewTop - (height - visible) / 2));
    this.height = height;
    this.left = left;
    this.width = width;
    const ratio = window.devicePixelRatio || 1;
    const style = this.element.style;
    style.left = `${left}px`;
    style.top = `${this.top}px`;
    style.width = `${width}px`;
    style.height = `${height}px`;
    this.element.width = Math.max(1, Math.round(width * ratio));
    this.element.height = Math.max(1, Math.round(height * ratio));
  }

  /**
   * Paints `rects` (viewport coordinates, a range's line boxes) in each of `colors` (translucent,
   * so they blend as highlights do), and says whether it did: false, painting nothing, when the
   * layer does not cover them all (then the caller paints them as highlights).
   */
  paint(rects: readonly DOMRect[], colors: readonly string[]): boolean {
    const ctx = this.context;
    if (!ctx || this.height === 0 || rects.length === 0) return false;
    const box = this.element.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const local = rects.map((r) => ({
      x: r.left - box.left,
      y: r.top - box.top,
      w: r.width,
      h: r.height,
    }));
    for (const r of local) {
      if (r.x < 0 || r.y < 0 || r.x + r.w > box.width + 0.5 || r.y + r.h > box.height) {
        return false;
      }
    }
    for (const color of colors) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (const r of local) {
        const x0 = Math.round(r.x * ratio);
        const y0 = Math.round(r.y * ratio);
        ctx.rect(
          x0,
          y0,
          Math.round((r.x + r.w) * ratio) - x0,
          Math.round((r.y + r.h) * ratio) - y0,
        );
      }
      ctx.fill();
    }
    this.painted += 1;
    return true;
  }

  /** Removes everything painted (no layout read, no style change). */
  clear(): void {
    if (this.painted === 0) return;
    this.painted = 0;
    this.context?.clearRect(0, 0, this.element.width, this.element.height);
  }
}
