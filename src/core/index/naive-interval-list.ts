import {
  compareInnermost,
  compareIntervals,
  intersects,
  type IntervalLike,
} from './interval-predicates';

/**
 * The obviously-correct reference for `IntervalIndex`: a plain list scanned on every query.
 * Property tests compare the index against it and the benchmark uses it as the peer.
 */
export class NaiveIntervalList<T extends IntervalLike> {
  private readonly items = new Map<string, T>();

  get size(): number {
    return this.items.size;
  }

  add(item: T): void {
    if (this.items.has(item.id)) throw new Error(`Duplicate interval id ${item.id}`);
    this.items.set(item.id, item);
  }

  remove(id: string): boolean {
    return this.items.delete(id);
  }

  update(item: T): void {
    if (!this.items.has(item.id)) throw new Error(`Unknown interval id ${item.id}`);
    this.items.set(item.id, item);
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  overlapping(start: number, end: number): T[] {
    return this.all().filter((i) => intersects(i.start, i.end, start, end));
  }

  at(offset: number): T[] {
    return this.all().filter((i) => i.start <= offset && offset < i.end);
  }

  smallestAt(offset: number): T | undefined {
    return this.at(offset).sort(compareInnermost)[0];
  }

  all(): T[] {
    return [...this.items.values()].sort(compareIntervals);
  }
}
