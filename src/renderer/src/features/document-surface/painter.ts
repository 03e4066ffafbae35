import { highlightRule, translucent } from './highlight-styles';
import type { PendingLayer } from './pending-layer';
import type { TextMap } from './text-map';
import type { AnnotationQuery, Span, SurfaceAnnotation, SurfaceCode } from './types';
import { nearViewportBlocks, type BlockWindow } from './viewport-window';

/**
 * Most blocks a span may cross and still be measured for the pending layer (see `paintOnLayer`):
 * more than the layer's three viewports hold, so a longer span could not be covered anyway and
 * goes to its highlight without measuring hundreds of blocks first.
 */
const MAX_LAYER_BLOCKS = 200;

/** The colour of an annotation with no code, in its highlight and on the pending layer alike. */
const UNCODED_COLOR = '#808080';

/** Tuning for the painter. */
export interface HighlightPainterOptions {
  /** How far beyond the visible area ranges are registered, in visible heights (default 1). */
  marginViewports?: number;
  /** Opacity of code backgrounds, so overlaps blend (default 0.3). */
  alpha?: number;
}

/** What the painter registered in its last rebuild; stripes draw from the same window. */
export interface PaintedWindow {
  window: BlockWindow;
  /** Offsets covered by the window's blocks. */
  span: Span;
  /** Annotations overlapping the window, as the query returned them. */
  annotations: readonly SurfaceAnnotation[];
}

let instances = 0;

/**
 * Paints annotations with the CSS Custom Highlight API: one `Highlight` per code plus one each
 * for the selected annotation, the hovered one, find matches and the current find match. It
 * registers ranges only for blocks near the viewport and rebuilds them in an animation frame on
 * scroll, which is what keeps first paint fast on long documents (ARCHITECTURE.md section 4).
 * The text DOM is never touched.
 */
export class HighlightPainter {
  /**
   * Called after every repaint (stripes redraw from it); `painted` is null when nothing is
   * painted. `added` is set when the only change since the last call is that one annotation was
   * added to the same window (`paintAdded`), so a listener may bring itself in step with that
   * one annotation instead of the whole window.
   */
  onRepaint: ((painted: PaintedWindow | null, added?: SurfaceAnnotation) => void) | null = null;

  private readonly prefix = `mc${++instances}`;
  private readonly style = document.createElement('style');
  private readonly marginViewports: number;
  private readonly alpha: number;
  private map: TextMap | null = null;
  private blockElements: readonly HTMLElement[] = [];
  private codes: readonly SurfaceCode[] = [];
  private codeHighlights = new Map<string, Highlight>();
  private codeColors = new Map<string, string>();
  private layer: PendingLayer | null = null;
  /** The range of the annotation probed for the pending layer (one live Range, reused). */
  private readonly probe = document.createRange();
  private readonly uncoded = new Highlight();
  private readonly selected = new Highlight();
  private readonly hover = new Highlight();
  private readonly find = new Highlight();
  private readonly findCurrent = new Highlight();
  private query: AnnotationQuery | null = null;
  private selectedId: string | null = null;
  private hoverId: string | null = null;
  private findSpans: readonly Span[] = [];
  private findIndex = -1;
  private painted: PaintedWindow | null = null;
  private rangesById = new Map<string, StaticRange>();
  /** The highlights each annotation's range is in, and the cut it was made for. */
  private homes = new Map<string, Highlight[]>();
  private cut = new Map<string, string>();
  private frame = 0;
  private dirty = true;
  /** Ranges must be made afresh (new text or new code highlights), not only brought in step. */
  private full = true;
  private readonly onScroll = (): void => this.schedule(false);
  private readonly resizeObserver = new ResizeObserver(() => this.schedule(true));

  constructor(
    private readonly scroller: HTMLElement,
    options: HighlightPainterOptions = {},
  ) {
    this.marginViewports = options.marginViewports ?? 1;
    this.alpha = options.alpha ?? 0.3;
    this.uncoded.priority = 0;
    this.hover.priority = 5;
    this.selected.priority = 10;
    this.find.priority = 20;
    this.findCurrent.priority = 21;
    const fixed: [string, Highlight][] = [
      ['uncoded', this.uncoded],
      ['selected', this.selected],
      ['hover', this.hover],
      ['find', this.find],
      ['find-current', this.findCurrent],
    ];
    for (const [name, h] of fixed) CSS.highlights.set(this.name(name), h);
    this.style.dataset.owner = this.prefix;
    document.head.append(this.style);
    this.writeStyle();
    // Capture catches scrolling of the scroller and of any ancestor (scroll does not bubble).
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.resizeObserver.observe(scroller);
  }

  /** The highlight name used for a code (for tests and for a legend that wants to match). */
  codeHighlightName(index: number): string {
    return this.name(`c${index}`);
  }

  /** Points the painter at newly rendered text (or none). */
  setMap(map: TextMap | null): void {
    this.map = map;
    this.blockElements = map ? map.blockElements : [];
    this.full = true;
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(this.scroller);
    const root = this.blockElements[0]?.closest('.mc-text');
    if (root) this.resizeObserver.observe(root);
    this.invalidate();
  }

  /** Sets the codebook: one highlight and one colour rule per code, in this order. */
  setCodes(codes: readonly SurfaceCode[]): void {
    for (const [i] of this.codes.entries()) CSS.highlights.delete(this.codeHighlightName(i));
    this.codes = codes;
    this.codeHighlights = new Map();
    this.codeColors = new Map(codes.map((c) => [c.id, translucent(c.color, this.alpha)]));
    codes.forEach((code, i) => {
      const h = new Highlight();
      h.priority = 0;
      this.codeHighlights.set(code.id, h);
      CSS.highlights.set(this.codeHighlightName(i), h);
    });
    this.writeStyle();
    this.full = true;
    this.invalidate();
  }

  /**
   * Where `paintAdded` paints a new annotation until the next repaint takes it into its code's
   * highlight (see `PendingLayer`); each repaint clears and places it.
   */
  setPendingLayer(layer: PendingLayer | null): void {
    this.layer = layer;
  }

  /** Sets where annotations come from; call again with the same query after edits. */
  setAnnotationSource(query: AnnotationQuery | null): void {
    this.query = query;
    this.invalidate();
  }

  /**
   * Sets the annotation source, which must be the previous one plus `annotation` (a new id: a
   * hotkey's optimistic paint), and paints that annotation now. When nothing else is waiting to
   * be painted (no scroll, resize or other change since the last repaint), only its range is
   * registered: no query of the window, no comparison of its ~1,000 ranges, no layout read for
   * the window. Those were most of the hotkey's own task at 100,000 annotations. Otherwise it
   * repaints as `refresh` does.
   */
  paintAdded(query: AnnotationQuery | null, annotation: SurfaceAnnotation): void {
    this.query = query;
    const map = this.map;
    const painted = this.painted;
    if (
      this.frame ||
      this.dirty ||
      this.full ||
      !map ||
      !painted ||
      painted.annotations.some((a) => a.id === annotation.id)
    ) {
      this.dirty = true;
      this.refresh();
      return;
    }
    const { span } = painted;
    if (annotation.end <= span.start || annotation.start >= span.end) return; // off the window
    // On the pending layer if it can (no highlight changes: see PendingLayer); the next
    // repaint registers its range, as for any annotation not registered yet.
    if (!this.paintOnLayer(map, annotation)) this.addRange(map, span, annotation);
    const annotations = [...painted.annotations];
    let at = annotations.length;
    while (at > 0 && annotations[at - 1]!.start > annotation.start) at--;
    annotations.splice(at, 0, annotation);
    this.painted = { window: painted.window, span, annotations };
    if (this.selectedId === annotation.id) this.paintOne(this.selected, annotation.id);
    if (this.hoverId === annotation.id) this.paintOne(this.hover, annotation.id);
    this.onRepaint?.(this.painted, annotation);
  }

  /** Marks one annotation as selected (null for none). Cheap: no re-query. */
  setSelected(id: string | null): void {
    this.selectedId = id;
    this.paintOne(this.selected, id);
  }

  /** Marks the annotation under the pointer (null for none). Cheap: no re-query. */
  setHover(id: string | null): void {
    this.hoverId = id;
    this.paintOne(this.hover, id);
  }

  /** Shows find matches (sorted by start) and which one is current (-1 for none). */
  setFindMatches(spans: readonly Span[], currentIndex: number): void {
    this.findSpans = spans;
    this.findIndex = currentIndex;
    this.invalidate();
  }

  /** Rebuilds now, synchronously (tests, benchmarks, and after a load). */
  refresh(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.rebuild();
  }

  /** Ranges registered across all code highlights (the measure of painting cost). */
  registeredRangeCount(): number {
    let n = this.uncoded.size;
    for (const h of this.codeHighlights.values()) n += h.size;
    return n;
  }

  /** The window painted last, or null. */
  paintedWindow(): PaintedWindow | null {
    return this.painted;
  }

  /** Removes the painter's highlights, style and listeners. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    this.resizeObserver.disconnect();
    for (const name of ['uncoded', 'selected', 'hover', 'find', 'find-current']) {
      CSS.highlights.delete(this.name(name));
    }
    for (const [i] of this.codes.entries()) CSS.highlights.delete(this.codeHighlightName(i));
    this.style.remove();
    this.onRepaint = null;
  }

  private name(suffix: string): string {
    return `${this.prefix}-${suffix}`;
  }

  private invalidate(): void {
    this.schedule(true);
  }

  private schedule(force: boolean): void {
    if (force) this.dirty = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.rebuild();
    });
  }

  private rebuild(): void {
    const map = this.map;
    const win = map ? nearViewportBlocks(this.scroller, this.blockElements, this.margin()) : null;
    const prev = this.painted?.window;
    if (!this.dirty && win && prev && win.first === prev.first && win.last === prev.last) return;
    const incremental = !this.full && this.painted !== null;
    this.dirty = false;
    this.full = false;
    if (!map || !win) {
      this.layer?.clear();
      this.clearAll();
      this.painted = null;
      this.onRepaint?.(null);
      return;
    }
    const span = { start: map.blocks[win.first]!.start, end: map.blocks[win.last]!.end };
    const annotations = this.query ? this.query(span.start, span.end) : [];
    if (incremental && this.mostlyKept(annotations)) this.sync(map, span, annotations);
    else this.paintAll(map, span, annotations);
    for (const h of [this.selected, this.hover, this.find, this.findCurrent]) h.clear();
    this.paintOne(this.selected, this.selectedId);
    this.paintOne(this.hover, this.hoverId);
    this.paintFind(map, span);
    this.layer?.place(); // every annotation of the window is in a highlight now
    this.painted = { window: win, span, annotations };
    this.onRepaint?.(this.painted);
  }

  /**
   * Whether most of the painted ranges stay in the new window (a scroll step, not a jump). On a
   * jump nearly every range leaves, and deleting them one by one from the highlights cost more
   * than clearing them all and adding the new window's afresh.
   */
  private mostlyKept(annotations: readonly SurfaceAnnotation[]): boolean {
    let kept = 0;
    for (const a of annotations) if (this.rangesById.has(a.id)) kept++;
    return kept * 2 >= this.rangesById.size;
  }

  /** Registers every annotation of the window afresh (after a load or an edit). */
  private paintAll(map: TextMap, span: Span, annotations: readonly SurfaceAnnotation[]): void {
    this.clearAll();
    for (const a of annotations) this.addRange(map, span, a);
  }

  /**
   * The window moved or annotations changed (an edit, an optimistic paint): removes the ranges
   * of annotations that left the window or changed, adds those that entered or changed, and
   * re-cuts those crossing its edges. Re-registering every range each time the window moved
   * cost about 90 ms a frame at 100,000 annotations; after a hotkey, one range is added.
   */
  private sync(map: TextMap, span: Span, annotations: readonly SurfaceAnnotation[]): void {
    const keep = new Set<string>();
    for (const a of annotations) {
      keep.add(a.id);
      const range = this.rangesById.get(a.id);
      if (range && this.cut.get(a.id) === cutOf(a, span)) continue;
      if (range) this.removeRange(a.id, range);
      this.addRange(map, span, a);
    }
    for (const [id, range] of this.rangesById) if (!keep.has(id)) this.removeRange(id, range);
  }

  /**
   * Paints `a` on the pending layer, if there is one and it covers `a`. A span across blocks is
   * measured block by block: a range across blocks has the boxes of the blocks it wholly holds
   * among its rectangles, where a highlight paints only their text. Painting such a span as a
   * highlight instead repainted all the highlighted text around the view in the key's frame.
   */
  private paintOnLayer(map: TextMap, a: SurfaceAnnotation): boolean {
    if (!this.layer || a.end <= a.start) return false;
    const first = map.blockIndexAt(a.start);
    const last = map.blockIndexAt(a.end - 1);
    if (first < 0 || last - first >= MAX_LAYER_BLOCKS) return false;
    const colors: string[] = [];
    for (const id of a.codeIds) {
      const color = this.codeColors.get(id);
      if (color) colors.push(color);
    }
    if (colors.length === 0) colors.push(translucent(UNCODED_COLOR, this.alpha));
    const rects: DOMRect[] = [];
    for (let i = first; i <= last; i++) {
      const block = map.blocks[i]!;
      const start = Math.max(a.start, block.start);
      const end = Math.min(a.end, block.end);
      if (end <= start) continue;
      for (const r of map.rangeFor(start, end, this.probe).getClientRects()) {
        if (r.width > 0 && r.height > 0) rects.push(r);
      }
    }
    return this.layer.paint(rects, colors);
  }

  private addRange(map: TextMap, span: Span, a: SurfaceAnnotation): void {
    const start = Math.max(a.start, span.start);
    const end = Math.min(a.end, span.end);
    const range = map.staticRangeFor(start, end);
    if (!range) return;
    this.rangesById.set(a.id, range);
    this.cut.set(a.id, cutOf(a, span));
    const homes: Highlight[] = [];
    for (const codeId of a.codeIds) {
      const h = this.codeHighlights.get(codeId);
      if (h) homes.push(h);
    }
    if (homes.length === 0) homes.push(this.uncoded);
    for (const h of homes) h.add(range);
    this.homes.set(a.id, homes);
  }

  private removeRange(id: string, range: StaticRange): void {
    for (const h of this.homes.get(id) ?? []) h.delete(range);
    this.rangesById.delete(id);
    this.homes.delete(id);
    this.cut.delete(id);
  }

  private paintOne(h: Highlight, id: string | null): void {
    h.clear();
    const range = id === null ? undefined : this.rangesById.get(id);
    if (range) h.add(range);
  }

  private paintFind(map: TextMap, span: Span): void {
    const spans = this.findSpans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && spans[i]!.start < span.end; i++) {
      const r = map.staticRangeFor(spans[i]!.start, spans[i]!.end);
      if (r) this.find.add(r);
    }
    const current = spans[this.findIndex];
    const r = current ? map.staticRangeFor(current.start, current.end) : null;
    if (r) this.findCurrent.add(r);
  }

  private clearAll(): void {
    for (const h of this.codeHighlights.values()) h.clear();
    for (const h of [this.uncoded, this.selected, this.hover, this.find, this.findCurrent])
      h.clear();
    this.rangesById = new Map();
    this.homes = new Map();
    this.cut = new Map();
  }

  private margin(): number {
    const box = this.scroller.getBoundingClientRect();
    const visible = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
    return visible * this.marginViewports;
  }

  private writeStyle(): void {
    const rules = this.codes.map((code, i) =>
      highlightRule(
        this.codeHighlightName(i),
        `background-color: ${translucent(code.color, this.alpha)};`,
      ),
    );
    rules.push(
      highlightRule(
        this.name('uncoded'),
        `background-color: ${translucent(UNCODED_COLOR, this.alpha)};`,
      ),
      highlightRule(this.name('hover'), 'background-color: rgb(0 0 0 / 0.08);'),
      highlightRule(
        this.name('selected'),
        'text-decoration: underline 2px rgb(26 86 219); background-color: rgb(26 86 219 / 0.12);',
      ),
      highlightRule(this.name('find'), 'background-color: rgb(255 214 0 / 0.55);'),
      highlightRule(this.name('find-current'), 'background-color: rgb(255 140 0 / 0.85);'),
    );
    this.style.textContent = rules.join('\n');
  }
}

/** What an annotation's range was made for: its part inside the window, and its codes. */
function cutOf(a: SurfaceAnnotation, span: Span): string {
  return `${Math.max(a.start, span.start)}:${Math.min(a.end, span.end)}:${a.codeIds.join(',')}`;
}
