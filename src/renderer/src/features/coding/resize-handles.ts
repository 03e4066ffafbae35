import { resizeSpan } from '../../../../core/anchoring/resize-span';
import type { DocumentSurface } from '../document-surface/document-surface';
import { offsetFromPoint } from '../document-surface/hit-test';
import type { Span } from '../document-surface/types';

/** What the handles need to know and do. */
export interface ResizeHandleCallbacks {
  /** Called while dragging, to preview the span the drop would give. */
  preview(span: Span): void;
  /** Called once on release with the new span (only when it changed and is not empty). */
  commit(span: Span): void;
}

/**
 * Two drag handles on the ends of the selected annotation, placed in the scroll container's
 * content coordinates so they scroll with the text. Framework-free, like the surface: the text
 * DOM is never re-rendered. Dragging an end resolves the pointer to a caret offset; with focus on
 * a handle, the arrow keys move that end (Ctrl: by word).
 */
export class ResizeHandles {
  private readonly start: HTMLElement;
  private readonly end: HTMLElement;
  private span: Span | null = null;
  private dragging: { edge: 'start' | 'end'; span: Span } | null = null;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly surface: DocumentSurface,
    private readonly callbacks: ResizeHandleCallbacks,
  ) {
    // Made here, not in field initializers: those run before the parameter properties are set.
    this.start = this.makeHandle('start');
    this.end = this.makeHandle('end');
  }

  private makeHandle(edge: 'start' | 'end'): HTMLElement {
    const handle = document.createElement('div');
    handle.className = `mc-resize-handle mc-resize-${edge}`;
    handle.setAttribute('role', 'slider');
    handle.setAttribute(
      'aria-label',
      edge === 'start'
        ? 'Drag to move the annotation’s start'
        : 'Drag to move the annotation’s end',
    );
    handle.hidden = true;
    handle.tabIndex = 0;
    handle.setAttribute('aria-valuemin', '0');
    handle.addEventListener('keydown', (event) => {
      const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const map = this.surface.map;
      if (!direction || !this.span || !map) return;
      event.preventDefault();
      const next = resizeSpan(
        map.text,
        this.span,
        edge,
        direction,
        event.ctrlKey ? 'word' : 'char',
      );
      if (next.start !== this.span.start || next.end !== this.span.end) this.callbacks.commit(next);
    });
    handle.addEventListener('pointerdown', (event) => {
      if (!this.span) return;
      event.preventDefault();
      event.stopPropagation();
      handle.setPointerCapture(event.pointerId);
      this.dragging = { edge, span: this.span };
    });
    handle.addEventListener('pointermove', (event) => {
      const next = this.spanAt(event.clientX, event.clientY);
      if (next) this.callbacks.preview(next);
    });
    handle.addEventListener('pointerup', (event) => {
      const next = this.spanAt(event.clientX, event.clientY);
      const before = this.dragging?.span;
      this.dragging = null;
      if (next && before && (next.start !== before.start || next.end !== before.end))
        this.callbacks.commit(next);
    });
    this.scroller.append(handle);
    return handle;
  }

  /** The span the drag would give if released at this point (never empty, never reversed). */
  private spanAt(x: number, y: number): Span | null {
    const map = this.surface.map;
    if (!this.dragging || !map) return null;
    // Look through the handles: the caret under the pointer is in the text beneath them.
    this.start.style.visibility = this.end.style.visibility = 'hidden';
    const offset = offsetFromPoint(x, y, map);
    this.start.style.visibility = this.end.style.visibility = '';
    if (offset === null) return null;
    const { edge, span } = this.dragging;
    const next =
      edge === 'start'
        ? { start: Math.min(offset, span.end - 1), end: span.end }
        : { start: span.start, end: Math.max(offset, span.start + 1) };
    return next.end > next.start ? next : null;
  }

  /** Shows the handles on a span (or hides them for null); call again after layout changes. */
  show(span: Span | null): void {
    this.span = span;
    const map = this.surface.map;
    const rects = span && map ? map.rangeFor(span.start, span.end).getClientRects() : null;
    const first = rects?.[0];
    const last = rects?.[rects.length - 1];
    this.start.hidden = this.end.hidden = !first || !last;
    if (!span || !first || !last) return;
    const box = this.scroller.getBoundingClientRect();
    const place = (handle: HTMLElement, x: number, rect: DOMRect) => {
      handle.style.left = `${x - box.left + this.scroller.scrollLeft - 3}px`;
      handle.style.top = `${rect.top - box.top + this.scroller.scrollTop}px`;
      handle.style.height = `${rect.height}px`;
    };
    place(this.start, first.left, first);
    place(this.end, last.right, last);
    const max = String(this.surface.map?.text.length ?? 0);
    this.start.setAttribute('aria-valuemax', max);
    this.end.setAttribute('aria-valuemax', max);
    this.start.setAttribute('aria-valuenow', String(span.start));
    this.end.setAttribute('aria-valuenow', String(span.end));
  }

  /** Removes the handles. */
  dispose(): void {
    this.start.remove();
    this.end.remove();
  }
}
