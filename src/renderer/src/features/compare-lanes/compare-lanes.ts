import type { TextMap } from '../document-surface/text-map';
import { nearViewportBlocks } from '../document-surface/viewport-window';
import { KIND_NAMES, laneBars, type ComparisonView, type DecidedPassages } from './comparison-view';
import './compare-lanes.css';

/** Width of one lane in CSS pixels. */
export const LANE_WIDTH = 10;
/** The CSS highlight that marks the current passage's text. */
export const CURRENT_HIGHLIGHT = 'mc-compare-current';

/**
 * The comparison's lanes in the document's right margin: one lane per coder with their
 * annotations in their colour, and a lane of the disagreements marked by kind (fill, stripes or
 * outline, and a name on hover); the current passage is outlined across the lanes and its text
 * highlighted. A layer of its own beside the document surface (it reads only the surface's
 * offset map and never touches the coding stripes), drawn for the text near the viewport and
 * redrawn on scroll in an animation frame. While shown it widens the scroller's end padding so
 * the lanes never cover text.
 */
export class CompareLanes {
  private readonly layer = document.createElement('div');
  private view: ComparisonView | null = null;
  private decided: DecidedPassages = new Set();
  private frame = 0;
  private readonly padding: string;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly map: () => TextMap | null,
  ) {
    this.layer.className = 'mc-compare-lanes';
    // The comparison view in the dialog says the same in words; this is its picture.
    this.layer.setAttribute('aria-hidden', 'true');
    this.padding = scroller.style.paddingInlineEnd;
    if (getComputedStyle(scroller).position === 'static') scroller.style.position = 'relative';
    scroller.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule);
  }

  /**
   * Shows a comparison (null: hides the lanes and the current passage's highlight), with the
   * passages already decided drawn fainter.
   */
  show(view: ComparisonView | null, decided: DecidedPassages = new Set()): void {
    this.view = view;
    this.decided = decided;
    if (!view) {
      this.layer.remove();
      this.scroller.style.paddingInlineEnd = this.padding;
      CSS.highlights?.delete(CURRENT_HIGHLIGHT);
      return;
    }
    const width = (view.coders.length + 1) * LANE_WIDTH;
    this.layer.style.width = `${width}px`;
    this.scroller.style.paddingInlineEnd = `${width + 8}px`;
    if (!this.layer.isConnected) this.scroller.append(this.layer);
    this.draw();
  }

  /** Draws the bars near the viewport now (tests call it; scrolling schedules it). */
  draw(): void {
    const view = this.view;
    const map = this.map();
    this.layer.replaceChildren();
    if (!view || !map) return;
    this.highlightCurrent(view, map);
    const near = nearViewportBlocks(this.scroller, map.blockElements, this.scroller.clientHeight);
    if (!near) return;
    const from = map.blocks[near.first]?.start ?? 0;
    const to = map.blocks[near.last]?.end ?? 0;
    const box = this.scroller.getBoundingClientRect();
    const top = this.scroller.scrollTop - box.top;
    const pieces: HTMLElement[] = [];
    let current: { top: number; bottom: number } | null = null;
    for (const bar of laneBars(view, from, to, this.decided)) {
      const rect = map.rangeFor(bar.start, bar.end).getBoundingClientRect();
      if (rect.height === 0) continue;
      const el = document.createElement('div');
      el.className = bar.kind ? `mc-lane-bar mc-lane-${bar.kind}` : 'mc-lane-bar';
      if (bar.decided) el.classList.add('mc-lane-decided');
      el.style.insetInlineStart = `${bar.lane * LANE_WIDTH}px`;
      el.style.top = `${rect.top + top}px`;
      el.style.height = `${rect.height}px`;
      if (bar.colour) el.style.background = bar.colour;
      if (bar.kind) el.title = `${KIND_NAMES[bar.kind]}${bar.decided ? ' (decided)' : ''}`;
      pieces.push(el);
      if (bar.current) {
        const y = { top: rect.top + top, bottom: rect.bottom + top };
        current = current
          ? { top: Math.min(current.top, y.top), bottom: Math.max(current.bottom, y.bottom) }
          : y;
      }
    }
    if (current) {
      const el = document.createElement('div');
      el.className = 'mc-lane-current';
      el.style.top = `${current.top - 2}px`;
      el.style.height = `${current.bottom - current.top + 4}px`;
      pieces.push(el);
    }
    this.layer.append(...pieces);
  }

  private highlightCurrent(view: ComparisonView, map: TextMap): void {
    const passage = view.current === null ? undefined : view.passages[view.current];
    const range = passage ? map.staticRangeFor(passage.start, passage.end) : null;
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    if (range) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(range));
    else CSS.highlights.delete(CURRENT_HIGHLIGHT);
  }

  private readonly schedule = (): void => {
    if (this.frame || !this.view) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  /** Removes the layer, its highlight and its listeners. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.show(null);
    this.scroller.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
  }
}
