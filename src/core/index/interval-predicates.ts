/** The shape the interval index works with: an id and a half-open range [start, end). */
export interface IntervalLike {
  id: string;
  start: number;
  end: number;
}

/**
 * Whether the interval [start, end) intersects the query [qStart, qEnd).
 *
 * Both are half-open. Empty ranges are treated as points so that a caret (an empty selection)
 * and an empty interval still find something sensible:
 * - non-empty interval, non-empty query: `start < qEnd && end > qStart` (touching is not overlap);
 * - empty query at point q: intervals with `start <= q < end`, plus empty intervals at q;
 * - empty interval at point p, non-empty query: `qStart <= p < qEnd`.
 */
export function intersects(start: number, end: number, qStart: number, qEnd: number): boolean {
  if (qStart === qEnd) {
    return (start <= qStart && qStart < end) || (start === end && start === qStart);
  }
  if (start === end) return qStart <= start && start < qEnd;
  return start < qEnd && end > qStart;
}

/** Sort order of the index: by start, then end, then id (code-unit order). */
export function compareIntervals(a: IntervalLike, b: IntervalLike): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Which of two intervals containing the same offset is the "innermost" one a click should pick:
 * the shorter span wins; on equal length the later start wins (it is more specific to where the
 * reader is), then the smaller id, so the answer never depends on insertion order.
 * Negative when `a` is preferred.
 */
export function compareInnermost(a: IntervalLike, b: IntervalLike): number {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la - lb;
  if (a.start !== b.start) return b.start - a.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
