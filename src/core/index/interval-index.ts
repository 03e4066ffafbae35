import {
  compareInnermost,
  compareIntervals,
  intersects,
  type IntervalLike,
} from './interval-predicates';

export type { IntervalLike } from './interval-predicates';

/**
 * A sorted run of entries. Entries copy the item's id/start/end so the index stays consistent
 * even if a caller mutates an item in place (they should call `update` with a new object).
 */
interface Entry<T> {
  id: string;
  start: number;
  end: number;
  item: T;
}

interface Block<T> {
  entries: Entry<T>[];
  maxEnd: number;
}

/** Default target block size; blocks split at twice this and merge below a quarter of it. */
const DEFAULT_BLOCK_SIZE = 256;

/**
 * In-memory interval index over a document's annotations, for hit-testing clicks and finding the
 * annotations of the paragraphs near the viewport in long, densely coded documents.
 *
 * Structure (chosen for simplicity and cache-friendliness over a pointer-based interval tree):
 * all intervals sorted by (start, end, id), cut into blocks of ~256 entries. Each block knows its
 * largest `end`, and a segment tree over the blocks holds the maximum `end` of each range of
 * blocks. A query `[qs, qe)` walks that tree in order, descending only into block ranges that
 * start at or before `qe` and reach `qs`, then scans matching blocks, stopping at the first entry
 * starting after `qe`. Cost: O(log(n/B) + B·m + k) for m blocks touched and k results, instead
 * of O(n) for a list. Inserts and removals are a binary search plus a splice within one block
 * (O(B)); splits and merges mark the segment tree dirty and it is rebuilt (O(n/B)) on the next
 * query. Results always come in (start, end, id) order.
 *
 * Items are identified by `id`; `add` rejects a duplicate id and `update` an unknown one.
 */
export class IntervalIndex<T extends IntervalLike> {
  private blocks: Block<T>[] = [];
  private readonly byId = new Map<string, Entry<T>>();
  /** Segment tree over blocks' maxEnd (1-based heap layout); rebuilt lazily when dirty. */
  private tree: number[] = [];
  private leaves = 0;
  private dirty = true;
  private readonly blockSize: number;

  /** `blockSize` is only worth changing in tests (small blocks exercise splits and merges). */
  constructor(options: { blockSize?: number } = {}) {
    this.blockSize = Math.max(4, options.blockSize ?? DEFAULT_BLOCK_SIZE);
  }

  /** Builds an index from many items at once in O(n log n) (faster than n `add`s). */
  static from<T extends IntervalLike>(
    items: Iterable<T>,
    options: { blockSize?: number } = {},
  ): IntervalIndex<T> {
    const index = new IntervalIndex<T>(options);
    index.reset(items);
    return index;
  }

  /**
   * Replaces the contents with `items`, built at once in O(n log n): loading a document's
   * 100,000 annotations this way takes about a tenth of the time of 100,000 `add`s (profiled).
   * On a duplicate id it throws and leaves the index empty.
   */
  reset(items: Iterable<T>): void {
    this.clear();
    const entries: Entry<T>[] = [];
    for (const item of items) {
      if (this.byId.has(item.id)) {
        this.byId.clear();
        throw new Error(`Duplicate interval id ${item.id}`);
      }
      const entry = toEntry(item);
      this.byId.set(item.id, entry);
      entries.push(entry);
    }
    entries.sort(compareIntervals);
    for (let i = 0; i < entries.length; i += this.blockSize) {
      this.blocks.push(makeBlock(entries.slice(i, i + this.blockSize)));
    }
    this.dirty = true;
  }

  /** Number of intervals in the index. */
  get size(): number {
    return this.byId.size;
  }

  /** Adds an item; throws if its id is already present. */
  add(item: T): void {
    if (this.byId.has(item.id)) throw new Error(`Duplicate interval id ${item.id}`);
    const entry = toEntry(item);
    this.byId.set(item.id, entry);
    if (this.blocks.length === 0) {
      this.blocks.push(makeBlock([entry]));
      this.dirty = true;
      return;
    }
    const b = this.blockFor(entry);
    const block = this.blocks[b] as Block<T>;
    block.entries.splice(lowerBound(block.entries, entry), 0, entry);
    if (entry.end > block.maxEnd) {
      block.maxEnd = entry.end;
      this.touch(b);
    }
    if (block.entries.length > 2 * this.blockSize) this.split(b);
  }

  /** Removes the item with this id; returns whether there was one. */
  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    this.byId.delete(id);
    const b = this.blockFor(entry);
    const block = this.blocks[b] as Block<T>;
    const i = lowerBound(block.entries, entry);
    if (block.entries[i] !== entry) throw new Error(`Interval index corrupted at ${id}`);
    block.entries.splice(i, 1);
    if (block.entries.length === 0) {
      this.blocks.splice(b, 1);
      this.dirty = true;
      return true;
    }
    if (entry.end === block.maxEnd) {
      block.maxEnd = maxEndOf(block.entries);
      this.touch(b);
    }
    if (block.entries.length < this.blockSize / 4 && this.blocks.length > 1) this.mergeAround(b);
    return true;
  }

  /**
   * Replaces the item with the same id (its range may have changed); throws if unknown. An item
   * whose range stayed (a code merged, purged or undone on 15,000 annotations) is swapped in
   * place: no search, splice or new entry.
   */
  update(item: T): void {
    const entry = this.byId.get(item.id);
    if (!entry) throw new Error(`Unknown interval id ${item.id}`);
    if (entry.start === item.start && entry.end === item.end) {
      entry.item = item;
      return;
    }
    this.remove(item.id);
    this.add(item);
  }

  /** The item with this id, if present. */
  get(id: string): T | undefined {
    return this.byId.get(id)?.item;
  }

  /** Whether an item with this id is present. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * Items intersecting the half-open range [start, end), in (start, end, id) order. An empty
   * range (start === end) is a point: it finds items with `start <= point < end`, and empty items
   * exactly at the point. Empty items are found by a non-empty range when `start <= p < end`.
   * Intervals that merely touch the range (end === start of range) are not included.
   */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    this.visit(start, end, (e) => {
      if (intersects(e.start, e.end, start, end)) out.push(e.item);
    });
    return out;
  }

  /** Items containing the offset (`start <= offset < end`), in (start, end, id) order. */
  at(offset: number): T[] {
    const out: T[] = [];
    this.visit(offset, offset, (e) => {
      if (e.start <= offset && offset < e.end) out.push(e.item);
    });
    return out;
  }

  /**
   * The innermost item containing the offset, which is what a click on overlapping highlights
   * should select: the shortest span; on a tie the one starting later, then the smaller id.
   */
  smallestAt(offset: number): T | undefined {
    let best: Entry<T> | undefined;
    this.visit(offset, offset, (e) => {
      if (e.start <= offset && offset < e.end && (!best || compareInnermost(e, best) < 0)) {
        best = e;
      }
    });
    return best?.item;
  }

  /** Every item in (start, end, id) order. */
  all(): T[] {
    const out: T[] = [];
    for (const block of this.blocks) for (const e of block.entries) out.push(e.item);
    return out;
  }

  /** Calls `fn` on every item in (start, end, id) order, without copying them into an array. */
  forEach(fn: (item: T) => void): void {
    for (const block of this.blocks) for (const e of block.entries) fn(e.item);
  }

  /**
   * The items at positions [from, to) of the (start, end, id) order: what a virtualized list
   * shows, in O(n/B + k) instead of copying all n (blocks are skipped by their length).
   */
  slice(from: number, to: number): T[] {
    const out: T[] = [];
    let offset = 0;
    for (const block of this.blocks) {
      const length = block.entries.length;
      if (offset >= to) break;
      if (offset + length > from) {
        const first = Math.max(0, from - offset);
        const end = Math.min(length, to - offset);
        for (let i = first; i < end; i++) out.push(block.entries[i]!.item);
      }
      offset += length;
    }
    return out;
  }

  /** The position of the item with this id in the (start, end, id) order, or -1: O(n/B + log B). */
  rank(id: string): number {
    const entry = this.byId.get(id);
    if (!entry) return -1;
    const b = this.blockFor(entry);
    let offset = 0;
    for (let i = 0; i < b; i++) offset += (this.blocks[i] as Block<T>).entries.length;
    return offset + lowerBound((this.blocks[b] as Block<T>).entries, entry);
  }

  /** Removes everything. */
  clear(): void {
    this.blocks = [];
    this.byId.clear();
    this.dirty = true;
  }

  /** Calls `fn` on every entry that could intersect [qs, qe): start <= qe and end >= qs. */
  private visit(qs: number, qe: number, fn: (e: Entry<T>) => void): void {
    if (this.blocks.length === 0) return;
    if (this.dirty) this.rebuildTree();
    // The last block whose first entry starts at or before qe; later blocks cannot match.
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.blocks[mid] as Block<T>).entries[0]!.start <= qe) lo = mid + 1;
      else hi = mid;
    }
    const lastBlock = lo - 1;
    if (lastBlock < 0) return;
    const walk = (node: number, from: number, to: number): void => {
      if (from > lastBlock || (this.tree[node] as number) < qs) return;
      if (to - from === 1) {
        for (const e of (this.blocks[from] as Block<T>).entries) {
          if (e.start > qe) break;
          if (e.end >= qs) fn(e);
        }
        return;
      }
      const mid = (from + to) >> 1;
      walk(node * 2, from, mid);
      walk(node * 2 + 1, mid, to);
    };
    walk(1, 0, this.leaves);
  }

  /** Index of the block an entry belongs in: the first whose last entry is >= it, else the last. */
  private blockFor(entry: IntervalLike): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid] as Block<T>;
      const last = block.entries[block.entries.length - 1] as Entry<T>;
      if (compareIntervals(last, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private split(b: number): void {
    const block = this.blocks[b] as Block<T>;
    const half = block.entries.length >> 1;
    const left = makeBlock(block.entries.slice(0, half));
    const right = makeBlock(block.entries.slice(half));
    this.blocks.splice(b, 1, left, right);
    this.dirty = true;
  }

  private mergeAround(b: number): void {
    const left = b > 0 ? b - 1 : b;
    const merged = [
      ...(this.blocks[left] as Block<T>).entries,
      ...(this.blocks[left + 1] as Block<T>).entries,
    ];
    this.blocks.splice(left, 2, makeBlock(merged));
    this.dirty = true;
    if (merged.length > 2 * this.blockSize) this.split(left);
  }

  /** Propagates a block's new maxEnd up the segment tree (unless a rebuild is pending). */
  private touch(b: number): void {
    if (this.dirty) return;
    let node = this.leaves + b;
    this.tree[node] = (this.blocks[b] as Block<T>).maxEnd;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.tree[node] = Math.max(this.tree[2 * node] as number, this.tree[2 * node + 1] as number);
    }
  }

  private rebuildTree(): void {
    let leaves = 1;
    while (leaves < this.blocks.length) leaves *= 2;
    const tree = new Array<number>(2 * leaves).fill(-Infinity);
    this.blocks.forEach((block, i) => (tree[leaves + i] = block.maxEnd));
    for (let node = leaves - 1; node >= 1; node--) {
      tree[node] = Math.max(tree[2 * node] as number, tree[2 * node + 1] as number);
    }
    this.tree = tree;
    this.leaves = leaves;
    this.dirty = false;
  }
}

function toEntry<T extends IntervalLike>(item: T): Entry<T> {
  return { id: item.id, start: item.start, end: item.end, item };
}

function makeBlock<T>(entries: Entry<T>[]): Block<T> {
  return { entries, maxEnd: maxEndOf(entries) };
}

function maxEndOf<T>(entries: Entry<T>[]): number {
  let max = -Infinity;
  for (const e of entries) if (e.end > max) max = e.end;
  return max;
}

/** First position in a sorted run whose entry is >= the key. */
function lowerBound<T>(entries: Entry<T>[], key: IntervalLike): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareIntervals(entries[mid] as Entry<T>, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
