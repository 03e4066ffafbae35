/** One coding stripe as drawn: where it is in the gutter's coordinates, and what it says. */
export interface PlacedBar {
  annotationId: string;
  /** The lane's key (a code id, or a coder id in stripes by coder). */
  key: string;
  lane: number;
  left: number;
  width: number;
  top: number;
  height: number;
  color: string;
  label: string;
}

/** Most pixels a canvas may be tall; taller bar unions are cut to the text around the viewport. */
const MAX_HEIGHT = 16_384;
/** Canvas heights are whole multiples of this (pixels), so small window moves keep the size. */
const STEP = 512;

/**
 * Paints coding stripes on one canvas in the gutter. Hundreds of absolutely positioned bar
 * elements cost every scroll step element creation, style, compositing-input updates and paint
 * (profiled at 100,000 annotations); one canvas covering the bars costs a few hundred
 * `fillRect`s. The canvas sits in the gutter's own coordinates, so it scrolls with the text
 * without being repainted. It is hidden from assistive technology: `StripeList` says the same.
 */
export class StripeCanvas {
  readonly element = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D | null;
  private bars: readonly PlacedBar[] = [];
  private top = 0;
  private bottom = 0;

  constructor() {
    this.element.className = 'mc-stripe-canvas';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:0';
    this.context = this.element.getContext('2d');
  }

  /**
   * Draws `bars` (gutter coordinates) over `width` pixels. Only the part between `viewTop` and
   * `viewBottom` is kept when the bars reach further than the canvas may (a bar beside a very
   * long paragraph); `covers` says when that part must move.
   */
  paint(bars: readonly PlacedBar[], width: number, viewTop: number, viewBottom: number): void {
    this.bars = bars;
    let top = Infinity;
    let bottom = -Infinity;
    for (const b of bars) {
      top = Math.min(top, b.top);
      bottom = Math.max(bottom, b.top + b.height);
    }
    if (bottom - top > MAX_HEIGHT) {
      const middle = (viewTop + viewBottom) / 2;
      top = Math.max(top, middle - MAX_HEIGHT / 2);
      bottom = Math.min(bottom, top + MAX_HEIGHT);
    }
    if (!(bottom > top)) {
      top = 0;
      bottom = 0;
    }
    this.top = Math.floor(top);
    const height = this.heightFor(Math.ceil(bottom) - this.top);
    this.bottom = this.top + height;
    const ratio = window.devicePixelRatio || 1;
    const pixelsWide = Math.max(1, Math.round(width * ratio));
    const pixelsHigh = Math.max(1, Math.round(height * ratio));
    const style = this.element.style;
    style.top = `${this.top}px`;
    style.height = `${height}px`;
    if (this.element.width !== pixelsWide || this.element.height !== pixelsHigh) {
      this.element.width = pixelsWide; // also clears
      this.element.height = pixelsHigh;
    }
    const ctx = this.context;
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, pixelsWide, pixelsHigh);
    this.fill(ctx, bars);
  }

  /**
   * Draws `bars` over the bars drawn last, when the canvas covers them at the same `width`, and
   * says whether it did. Nothing is cleared or redrawn: a coded span's bars cost a few
   * `fillRect`s instead of a repaint of every bar in the window.
   */
  add(bars: readonly PlacedBar[], width: number): boolean {
    const ratio = window.devicePixelRatio || 1;
    if (Math.max(1, Math.round(width * ratio)) !== this.element.width) return false;
    if (this.cut()) return false;
    for (const b of bars) if (b.top < this.top || b.top + b.height > this.bottom) return false;
    this.bars = [...this.bars, ...bars];
    if (this.context) this.fill(this.context, bars);
    return true;
  }

  /**
   * Fills `bars`: one fill style per colour (parsing a colour for each of hundreds of bars
   * showed in the profile), the colour's bars as one path.
   */
  private fill(ctx: CanvasRenderingContext2D, bars: readonly PlacedBar[]): void {
    const ratio = window.devicePixelRatio || 1;
    const pixelsHigh = this.element.height;
    const byColor = new Map<string, PlacedBar[]>();
    for (const b of bars) {
      const group = byColor.get(b.color);
      if (group) group.push(b);
      else byColor.set(b.color, [b]);
    }
    for (const [color, group] of byColor) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (const b of group) {
        // Snapped to device pixels, so edges stay crisp and bars on one line end together.
        const y0 = Math.round((b.top - this.top) * ratio);
        const y1 = Math.round((b.top + b.height - this.top) * ratio);
        if (y1 <= 0 || y0 >= pixelsHigh) continue;
        ctx.rect(Math.round(b.left * ratio), y0, Math.max(1, Math.round(b.width * ratio)), y1 - y0);
      }
      ctx.fill();
    }
  }

  /**
   * The canvas's height for `needed` pixels: the current one while it is enough and not more
   * than four times too tall, else `needed` rounded up to a whole `STEP`. A new size reallocates the
   * canvas's backing store, which showed in the scroll profile when the height followed every
   * window move.
   */
  private heightFor(needed: number): number {
    const current = parseFloat(this.element.style.height) || 0;
    if (needed <= current && current <= Math.max(4 * needed, STEP)) return current;
    return Math.max(STEP, Math.ceil(needed / STEP) * STEP);
  }

  /** Draws nothing (without reading layout, so it is cheap at any time). */
  clear(): void {
    this.bars = [];
    this.top = 0;
    this.bottom = 0;
    this.element.style.height = '0';
    this.context?.clearRect(0, 0, this.element.width, this.element.height);
  }

  /** Whether the painted part still reaches `margin` pixels beyond the span from top to bottom. */
  covers(viewTop: number, viewBottom: number, margin: number): boolean {
    return this.top <= viewTop - margin && this.bottom >= viewBottom + margin;
  }

  /** Whether a bar had to be cut to the canvas's height (see `paint`). */
  cut(): boolean {
    for (const b of this.bars) if (b.top < this.top || b.top + b.height > this.bottom) return true;
    return false;
  }

  /** The bars drawn last. */
  drawn(): readonly PlacedBar[] {
    return this.bars;
  }

  /**
   * The bar at a point in gutter coordinates (the shortest when several lie under it), or null.
   * The lane is taken from x, so the pixel between two lanes belongs to the left one.
   */
  barAt(x: number, y: number): PlacedBar | null {
    let found: PlacedBar | null = null;
    for (const b of this.bars) {
      if (y < b.top || y > b.top + b.height) continue;
      if (x < b.left || x >= b.left + Math.max(b.width + 1, 1)) continue;
      if (!found || b.height < found.height) found = b;
    }
    return found;
  }
}
