import type { Range } from './interval-set';

/**
 * How a coder's annotations of one code become columns of reliability data: each column is a
 * pattern of who marked the unit ('1') and who did not ('0'), added with its weight, so identical
 * columns are counted instead of repeated.
 */

/** Sorted ranges with overlapping ones merged (touching ones stay apart: they are two units). */
export function mergeOverlapping(ranges: Range[]): Range[] {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Adds the runs of characters between consecutive span boundaries, keyed by who covers them. */
export function characterPatterns(
  length: number,
  byCoder: Range[][],
  add: (pattern: string, weight: number) => void,
): void {
  const points = new Set<number>([0, length]);
  for (const list of byCoder)
    for (const r of list) points.add(Math.min(r.start, length)).add(Math.min(r.end, length));
  const sorted = [...points].sort((a, b) => a - b);
  const cursor = byCoder.map(() => 0);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    let pattern = '';
    byCoder.forEach((list, coder) => {
      let c = cursor[coder] as number;
      while (c < list.length && (list[c] as Range).end <= from) c++;
      cursor[coder] = c;
      const r = list[c];
      pattern += r && r.start <= from && r.end >= to ? '1' : '0';
    });
    add(pattern, to - from);
  }
}

/**
 * Adds one column per unit, keyed by which coders' spans share a character with it. Only units
 * some coder touched are looked at one by one; the rest are one all-absent column.
 */
export function unitPatterns(
  units: Range[],
  byCoder: Range[][],
  add: (pattern: string, weight: number) => void,
): void {
  const touched = new Map<number, string[]>();
  byCoder.forEach((list, coder) => {
    for (const r of list)
      for (
        let u = firstEndingAfter(units, r.start);
        u < units.length && (units[u] as Range).start < r.end;
        u++
      ) {
        let pattern = touched.get(u);
        if (!pattern) touched.set(u, (pattern = byCoder.map(() => '0')));
        pattern[coder] = '1';
      }
  });
  for (const pattern of touched.values()) add(pattern.join(''), 1);
  add('0'.repeat(byCoder.length), units.length - touched.size);
}

/** Index of the first unit (sorted by start) whose end lies after `offset`, by binary search on starts. */
function firstEndingAfter(units: Range[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((units[mid] as Range).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
