/** A half-open range [start, end) of a text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * The union of ranges as sorted, disjoint, non-touching ranges: what a coder "covered" with a
 * code, however many overlapping annotations they made.
 */
export function unionOf(ranges: readonly Range[]): Range[] {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Total length of sorted disjoint ranges. */
export function lengthOf(ranges: readonly Range[]): number {
  return ranges.reduce((s, r) => s + r.end - r.start, 0);
}

/** Length of the intersection of two lists of sorted disjoint ranges (one merge walk). */
export function intersectionLength(a: readonly Range[], b: readonly Range[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Range;
    const y = b[j] as Range;
    total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end <= y.end) i++;
    else j++;
  }
  return total;
}
