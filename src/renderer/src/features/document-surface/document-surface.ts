import { annotationsAtPoint } from './hit-test';
import { HighlightPainter, type HighlightPainterOptions } from './painter';
import { PendingAnnotations } from './pending-annotations';
import { PendingLayer } from './pending-layer';
import { renderDocument } from './render-text';
import { selectionToSpan, setSelectionToSpan } from './selection-offsets';
import { lanesByCode, lanesByCoder } from './stripe-lanes';
import { CodingStripes } from './stripes';
import { ensureSurfaceStyle } from './surface-style';
import { nearViewportBlocks } from './viewport-window';
import type { TextMap } from './text-map';
import type {
  AnnotationQuery,
  Span,
  SurfaceAnnotation,
  SurfaceCode,
  SurfaceCoder,
  SurfaceDocument,
} from './types';

/** What the surface tells the app. */
export interface DocumentSurfaceCallbacks {
  /** A click on the text (ids under the point, smallest first; empty over uncoded text) or on a stripe. */
  onAnnotationClick?(ids: string[], point: { x: number; y: number }): void;
  /** The canonical span the user has selected in the text, or null. */
  onSelectionChange?(span: Span | null): void;
}

/**
 * The document view, without a framework: it renders the text once into the app's scroll
 * container, paints annotations with CSS highlights near the viewport, draws coding stripes,
 * and turns clicks and selections into canonical offsets. React mounts it and calls this API.
 */
export class DocumentSurface {
  private readonly root = document.createElement('div');
  private readonly gutter = document.createElement('div');
  private readonly textRoot = document.createElement('div');
  private readonly painter: HighlightPainter;
  private readonly layer: PendingLayer;
  private readonly stripes: CodingStripes;
  private textMap: TextMap | null = null;
  private codes: readonly SurfaceCode[] = [];
  private stripeCoders: readonly SurfaceCoder[] | null = null;
  private query: AnnotationQuery | null = null;
  private version: unknown = undefined;
  private readonly pending = new PendingAnnotations();
  private lastSpan: Span | null = null;
  /** The span the stripes were drawn for last (see `nearViewport`). */
  private near: Span | null = null;
  private selectionFrame = 0;
  private hoverFrame = 0;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly callbacks: DocumentSurfaceCallbacks = {},
    options: HighlightPainterOptions = {},
  ) {
    ensureSurfaceStyle();
    this.root.className = 'mc-surface';
    this.gutter.className = 'mc-gutter';
    // A named group: `aria-label` is not allowed on an element without a role, and axe-core
    // flags it whenever the stripes' list inside happens to be empty (between two draws).
    this.gutter.setAttribute('role', 'group');
    this.gutter.setAttribute('aria-label', 'Coding stripes');
    this.textRoot.className = 'mc-text';
    this.layer = new PendingLayer(this.root, this.textRoot, scroller);
    this.root.append(this.gutter, this.layer.element, this.textRoot);
    scroller.append(this.root);
    this.painter = new HighlightPainter(scroller, options);
    this.painter.setPendingLayer(this.layer);
    this.stripes = new CodingStripes(this.gutter, (id, point) =>
      callbacks.onAnnotationClick?.([id], point),
    );
    this.painter.onRepaint = (painted, added) => {
      // One annotation added in the same window: nothing has moved, so the stripes' span has not.
      if (!added) this.near = this.nearViewport();
      this.stripes.draw(painted, this.textMap, this.near, added);
    };
    this.textRoot.addEventListener('click', this.onClick);
    this.textRoot.addEventListener('pointermove', this.onPointerMove);
    this.textRoot.addEventListener('pointerleave', this.onPointerLeave);
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  /** The offset map of the loaded document, or null. */
  get map(): TextMap | null {
    return this.textMap;
  }

  /** Renders a document (once) and paints its near-viewport annotations before returning. */
  load(doc: SurfaceDocument): void {
    this.textMap = renderDocument(this.textRoot, doc);
    this.lastSpan = null;
    this.painter.setMap(this.textMap);
    this.painter.refresh();
  }

  /** Shows no document. */
  clear(): void {
    this.textRoot.replaceChildren();
    this.textMap = null;
    this.painter.setMap(null);
    this.painter.refresh();
  }

  /** Sets the codebook: colours and stripe lane order. */
  setCodes(codes: readonly SurfaceCode[]): void {
    this.codes = codes;
    this.stripes.setLanes(this.stripeLanes());
    this.painter.setCodes(codes);
  }

  /**
   * Lays the stripes out by coder, one column per coder in this order and colour (stripes by
   * coder), or by code when `coders` is null. Redraws the stripes only; highlights stay.
   */
  setStripeCoders(coders: readonly SurfaceCoder[] | null): void {
    this.stripeCoders = coders;
    this.stripes.setLanes(this.stripeLanes());
    this.near = this.nearViewport();
    this.stripes.draw(this.painter.paintedWindow(), this.textMap, this.near);
  }

  private stripeLanes() {
    return this.stripeCoders
      ? lanesByCoder(this.stripeCoders, this.codes)
      : lanesByCode(this.codes);
  }

  /** Sets the annotation index query; bump `version` after any edit so the window is re-queried. */
  setAnnotationSource(query: AnnotationQuery | null, version: unknown): void {
    if (query === this.query && version === this.version) return;
    this.query = query;
    this.version = version;
    this.painter.setAnnotationSource(this.pending.over(query));
  }

  /**
   * Paints an edit before its write commits (optimistic paint): a new or changed annotation
   * shows in this frame. Call `settle` once the write is in the annotation source, or when it
   * failed (then tell the user: the highlight disappears).
   */
  paintPending(annotation: SurfaceAnnotation): void {
    const known = this.pending.has(annotation.id);
    this.pending.put(annotation);
    const source = this.pending.over(this.query);
    if (known) {
      this.painter.setAnnotationSource(source);
      this.painter.refresh();
    } else {
      this.painter.paintAdded(source, annotation);
    }
  }

  /** Hides an annotation whose delete is being written (optimistic paint). */
  hidePending(id: string): void {
    this.pending.hide(id);
    this.painter.setAnnotationSource(this.pending.over(this.query));
    this.painter.refresh();
  }

  /** Ends an optimistic edit: the source now shows the truth (written, or rolled back). */
  settle(id: string): void {
    this.pending.forget(id);
    this.painter.setAnnotationSource(this.pending.over(this.query));
  }

  /** Marks an annotation as selected (null for none). */
  select(id: string | null): void {
    this.painter.setSelected(id);
  }

  /** Shows find matches (sorted) and the current one (-1 for none). */
  setFind(matches: readonly Span[], currentIndex: number): void {
    this.painter.setFindMatches(matches, currentIndex);
  }

  /** The annotations under a viewport point, smallest first. */
  annotationsAt(x: number, y: number): SurfaceAnnotation[] {
    const query = this.pending.over(this.query);
    return this.textMap && query ? annotationsAtPoint(x, y, this.textMap, query) : [];
  }

  /** The canonical span of the current document selection, or null. */
  selectionSpan(): Span | null {
    const sel = document.getSelection();
    if (!sel || !this.textMap || sel.rangeCount === 0) return null;
    if (!sel.getRangeAt(0).intersectsNode(this.textRoot)) return null;
    return selectionToSpan(sel, this.textMap);
  }

  /** Selects exactly `span` in the text (to preview it, or after keyboard extension). */
  showSelection(span: Span): Span | null {
    return this.textMap ? setSelectionToSpan(span, this.textMap) : null;
  }

  /** Scrolls so `offset` is comfortably in view (does nothing if it already is). */
  scrollToOffset(offset: number): void {
    const map = this.textMap;
    if (!map) return;
    let rect = map.rangeFor(offset, offset + 1).getBoundingClientRect();
    if (rect.height === 0) {
      const block = map.blocks[map.blockIndexAt(offset)];
      if (!block) return;
      rect = block.element.getBoundingClientRect();
    }
    const box = this.scroller.getBoundingClientRect();
    const band = box.height * 0.1;
    if (rect.top >= box.top + band && rect.bottom <= box.bottom - band) return;
    this.scroller.scrollTop += rect.top - box.top - box.height / 3;
    this.painter.refresh();
  }

  /** Annotations painted on the pending layer, not yet in a highlight (tests). */
  pendingLayerCount(): number {
    return this.layer.size;
  }

  /** Number of ranges registered in code highlights (tests, benchmarks). */
  registeredRangeCount(): number {
    return this.painter.registeredRangeCount();
  }

  /** The text within a quarter of a screen of the viewport (what stripes are drawn for). */
  private nearViewport(): Span | null {
    const map = this.textMap;
    if (!map) return null;
    const win = nearViewportBlocks(
      this.scroller,
      map.blockElements,
      this.scroller.clientHeight / 4,
    );
    return win ? { start: map.blocks[win.first]!.start, end: map.blocks[win.last]!.end } : null;
  }

  /** Removes everything the surface added and all its listeners. */
  dispose(): void {
    cancelAnimationFrame(this.selectionFrame);
    cancelAnimationFrame(this.hoverFrame);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.painter.dispose();
    this.stripes.dispose();
    this.root.remove();
    this.textMap = null;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const sel = document.getSelection();
    // The end of a drag that selected text is not a click on an annotation.
    if (sel && !sel.isCollapsed && this.selectionSpan()) return;
    const ids = this.annotationsAt(event.clientX, event.clientY).map((a) => a.id);
    this.callbacks.onAnnotationClick?.(ids, { x: event.clientX, y: event.clientY });
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const top = this.annotationsAt(clientX, clientY)[0];
      this.painter.setHover(top ? top.id : null);
      this.textRoot.style.cursor = top ? 'pointer' : '';
    });
  };

  private readonly onPointerLeave = (): void => {
    cancelAnimationFrame(this.hoverFrame);
    this.painter.setHover(null);
    this.textRoot.style.cursor = '';
  };

  private readonly onSelectionChange = (): void => {
    if (this.selectionFrame) return;
    this.selectionFrame = requestAnimationFrame(() => {
      this.selectionFrame = 0;
      const span = this.selectionSpan();
      const last = this.lastSpan;
      if (span?.start === last?.start && span?.end === last?.end) return;
      this.lastSpan = span;
      this.callbacks.onSelectionChange?.(span);
    });
  };
}
