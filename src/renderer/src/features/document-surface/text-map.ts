import type { Span } from './types';

/** One rendered inline run: a Text node showing `text.slice(start, end)`. */
export interface TextRun {
  start: number;
  end: number;
  node: Text;
}

/** One rendered block element and the span of canonical text it shows. */
export interface RenderedBlock {
  start: number;
  end: number;
  element: HTMLElement;
}

/** A DOM boundary point. */
export interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** Which way an endpoint in unrendered text snaps. */
export type SnapBias = 'forward' | 'backward';

/**
 * Maps canonical-text offsets (UTF-16 units) to DOM positions and back. The text is rendered
 * once, so the map is built once and every lookup is a binary search over the runs.
 */
export class TextMap {
  private readonly runIndex = new WeakMap<Text, number>();
  private elements: HTMLElement[] | null = null;

  constructor(
    /** The canonical text. */
    readonly text: string,
    /** Rendered blocks, in document order. */
    readonly blocks: readonly RenderedBlock[],
    /** Rendered runs, in document order, non-overlapping. */
    readonly runs: readonly TextRun[],
  ) {
    runs.forEach((run, i) => this.runIndex.set(run.node, i));
  }

  /**
   * The block elements in document order (what the painter and stripes measure). Built once:
   * the window is found from them on every scroll step, and a fresh copy of 2,000 elements
   * each time showed in the scroll profile. Do not modify the returned array.
   */
  get blockElements(): readonly HTMLElement[] {
    this.elements ??= this.blocks.map((b) => b.element);
    return this.elements;
  }

  /** The first and last rendered offsets, or null when nothing is rendered. */
  renderedBounds(): Span | null {
    const first = this.runs[0];
    const last = this.runs[this.runs.length - 1];
    return first && last ? { start: first.start, end: last.end } : null;
  }

  /**
   * Index of the block containing `offset`, or of the next block when `offset` falls between
   * blocks (the last block past the end); -1 when there are no blocks.
   */
  blockIndexAt(offset: number): number {
    const { blocks } = this;
    if (blocks.length === 0) return -1;
    // First block whose end is beyond offset.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (blocks[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, blocks.length - 1);
  }

  /**
   * The DOM point for `offset`. Offsets between runs snap to the next run's start (`forward`) or
   * the previous run's end (`backward`); null only when nothing is rendered.
   */
  pointAt(offset: number, bias: SnapBias): BoundaryPoint | null {
    const { runs } = this;
    if (runs.length === 0) return null;
    // First run whose end is >= offset (forward wants end > offset so a run boundary starts the next run).
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const run = runs[mid]!;
      if (bias === 'forward' ? run.end <= offset : run.end < offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= runs.length) {
      const last = runs[runs.length - 1]!;
      return { node: last.node, offset: last.end - last.start };
    }
    const run = runs[lo]!;
    if (offset >= run.start) return { node: run.node, offset: offset - run.start };
    // offset lies in a gap before `run`.
    const prev = runs[lo - 1];
    if (bias === 'backward' && prev) return { node: prev.node, offset: prev.end - prev.start };
    return { node: run.node, offset: 0 };
  }

  /**
   * Both boundary points of `[start, end)`, clamped to rendered text; null when nothing of the
   * span is rendered.
   */
  pointsFor(start: number, end: number): [BoundaryPoint, BoundaryPoint] | null {
    const a = this.pointAt(start, 'forward');
    const b = this.pointAt(end, 'backward');
    if (!a || !b) return null;
    const sa = this.offsetOfText(a);
    const sb = this.offsetOfText(b);
    if (sa === null || sb === null || sa >= sb) return null;
    return [a, b];
  }

  /**
   * A live Range over `[start, end)`, clamped to rendered text (collapsed when none is). Pass
   * `into` to reposition a Range you keep instead of making one: every live Range stays
   * registered with the document until garbage collection, and every DOM removal walks them
   * all, so measuring thousands of spans with fresh Ranges made removing stripe bars 30-100×
   * slower (measured).
   */
  rangeFor(start: number, end: number, into?: Range): Range {
    const range = into ?? document.createRange();
    const points = this.pointsFor(start, end);
    if (points) {
      range.setStart(points[0].node, points[0].offset);
      range.setEnd(points[1].node, points[1].offset);
    } else {
      const p = this.pointAt(start, 'forward');
      if (p) range.setStart(p.node, p.offset);
      range.collapse(true);
    }
    return range;
  }

  /** A StaticRange over `[start, end)` (cheaper for highlights); null when nothing is rendered. */
  staticRangeFor(start: number, end: number): StaticRange | null {
    const points = this.pointsFor(start, end);
    if (!points) return null;
    return new StaticRange({
      startContainer: points[0].node,
      startOffset: points[0].offset,
      endContainer: points[1].node,
      endOffset: points[1].offset,
    });
  }

  /**
   * The canonical offset of a DOM point, e.g. a Selection endpoint. Points inside a run map
   * exactly; any other point (an element boundary, text outside the runs, before or after the
   * document) snaps to the nearest rendered offset in `bias` direction, else the other way.
   * Null when nothing is rendered or the point cannot be compared (another document).
   */
  offsetOf(node: Node, offset: number, bias: SnapBias = 'forward'): number | null {
    if (node.nodeType === Node.TEXT_NODE) {
      const i = this.runIndex.get(node as Text);
      if (i !== undefined) {
        const run = this.runs[i]!;
        return run.start + Math.max(0, Math.min(offset, run.end - run.start));
      }
    }
    return this.snapPoint(node, offset, bias);
  }

  private offsetOfText(p: BoundaryPoint): number | null {
    const i = this.runIndex.get(p.node as Text);
    return i === undefined ? null : this.runs[i]!.start + p.offset;
  }

  /** Binary search for the first run that starts at or after an arbitrary DOM point. */
  private snapPoint(node: Node, offset: number, bias: SnapBias): number | null {
    const { runs } = this;
    if (runs.length === 0) return null;
    const probe = document.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    let lo = 0;
    let hi = runs.length;
    try {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        // comparePoint: -1 when (run, 0) is before the probe point.
        if (probe.comparePoint(runs[mid]!.node, 0) < 0) lo = mid + 1;
        else hi = mid;
      }
    } catch {
      return null; // A point in another document or a detached tree.
    }
    // runs[lo] is the first run at/after the point; runs[lo - 1] ends at/before it.
    const next = runs[lo];
    const prev = runs[lo - 1];
    if (bias === 'forward') return next ? next.start : prev!.end;
    return prev ? prev.end : next!.start;
  }
}
