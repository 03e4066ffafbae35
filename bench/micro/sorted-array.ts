import type { IntervalLike } from '../../src/core/index/interval-index';

/**
 * The strongest simple alternative to the interval index, for the benchmark: an array sorted by
 * start and the longest span's length. A query binary-searches the first start that can still
 * overlap (`start > qs - longest`) and scans forward while `start < qe`.
 */
export class SortedIntervalArray<T extends IntervalLike> {
  private readonly items: T[];
  private longest: number;

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.longest = items.reduce((m, i) => Math.max(m, i.end - i.start), 0);
  }

  /** Items overlapping `[qs, qe)`, in start order. */
  overlapping(qs: number, qe: number): T[] {
    const items = this.items;
    const from = qs - this.longest;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.start <= from) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < items.length && items[i]!.start < qe; i++) {
      if (items[i]!.end > qs) out.push(items[i]!);
    }
    return out;
  }

  /** Inserts one item where its start sorts (binary search and a splice), as coding would. */
  add(item: T): void {
    const items = this.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.start <= item.start) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    this.longest = Math.max(this.longest, item.end - item.start);
  }
}
