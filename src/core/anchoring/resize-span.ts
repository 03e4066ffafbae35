import { isWhitespaceSegment, segmentsAround } from './segments';
import { clampSpan, type Span } from './span';

/** Which end of a span a keyboard command moves. */
export type SpanEdge = 'start' | 'end';

/** How far one key press moves an edge: one user-perceived character, or one word. */
export type ResizeUnit = 'char' | 'word';

/**
 * Moves one edge of a span by one character or one word, for resizing a coded segment with the
 * keyboard (e.g. Shift+Arrow on the end, Alt+Shift+Arrow by word).
 *
 * - 'char' moves by a grapheme cluster, so an emoji with a modifier is never cut.
 * - 'word' moves the start to the previous/next start of a non-space segment and the end to the
 *   previous/next end of one, so growing by a word takes the word and the space before it.
 * - The span never becomes empty and never leaves [0, text.length]: a move that would do either
 *   leaves the span as it was (clamped).
 */
export function resizeSpan(
  text: string,
  span: Span,
  edge: SpanEdge,
  direction: -1 | 1,
  unit: ResizeUnit,
): Span {
  const current = clampSpan(text, span);
  const pos = edge === 'start' ? current.start : current.end;
  const stops = unit === 'char' ? graphemeStops(text, pos) : wordStops(text, pos, edge);
  const target =
    direction > 0 ? stops.find((s) => s > pos) : [...stops].reverse().find((s) => s < pos);
  if (target === undefined) return current;
  const next =
    edge === 'start' ? { start: target, end: current.end } : { start: current.start, end: target };
  if (next.start >= next.end || next.start < 0 || next.end > text.length) return current;
  return next;
}

/** Grapheme cluster boundaries near `pos`, in order. */
function graphemeStops(text: string, pos: number): number[] {
  const segs = segmentsAround(text, pos, pos, 'grapheme');
  const stops = segs.map((s) => s.start);
  const last = segs[segs.length - 1];
  if (last) stops.push(last.end);
  return stops;
}

/** Where a start (beginning of a non-space segment) or an end (its end) may stop near `pos`. */
function wordStops(text: string, pos: number, edge: SpanEdge): number[] {
  const stops = segmentsAround(text, pos, pos, 'word')
    .filter((s) => !isWhitespaceSegment(s))
    .map((s) => (edge === 'start' ? s.start : s.end));
  return stops;
}
