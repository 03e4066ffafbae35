import type { IntervalIndex } from '../../../../core/index/interval-index';
import type { Annotation, Id } from '../../../../core/model/types';

/** Per-coder counts of one index at one `annotationsVersion`. */
interface Counted {
  version: number;
  counts: ReadonlyMap<Id, number>;
}

/** The last counts per index: the document pane, the annotation list and the filter share them. */
const counted = new WeakMap<IntervalIndex<Annotation>, Counted>();

/**
 * How many of the open document's annotations each coder made (by `createdBy`), at `version`
 * of the workbench's `annotationsVersion`. Kept current from each change set by
 * `countChangedAnnotations`, so a coding write costs a few map operations, not a pass over
 * 100,000 annotations; after anything else that changed the index (an open, a load, a reload)
 * the version has moved on without them and this counts once, in one pass. The same map while
 * the version stays (callers memoize on it).
 */
export function coderCounts(
  index: IntervalIndex<Annotation>,
  version: number,
): ReadonlyMap<Id, number> {
  const last = counted.get(index);
  if (last?.version === version) return last.counts;
  const counts = new Map<Id, number>();
  // One pass over the index without copying its records into an array first.
  index.forEach((a) => counts.set(a.createdBy, (counts.get(a.createdBy) ?? 0) + 1));
  counted.set(index, { version, counts });
  return counts;
}

/**
 * Moves the counts of `index` from version `from` to `to` by the annotations a change set took
 * out of the index (`removed`) and put in (`added`), as their coders' ids. Counts that were not
 * kept at `from` (or that would go below zero: the index changed without them) are dropped, and
 * the next `coderCounts` counts afresh.
 */
export function countChangedAnnotations(
  index: IntervalIndex<Annotation>,
  from: number,
  to: number,
  removed: readonly Id[],
  added: readonly Id[],
): void {
  const last = counted.get(index);
  if (last?.version !== from) {
    counted.delete(index);
    return;
  }
  const counts = new Map(last.counts);
  for (const id of removed) {
    const n = (counts.get(id) ?? 0) - 1;
    if (n < 0) {
      counted.delete(index);
      return;
    }
    if (n === 0) counts.delete(id);
    else counts.set(id, n);
  }
  for (const id of added) counts.set(id, (counts.get(id) ?? 0) + 1);
  counted.set(index, { version: to, counts });
}

/** Drops the kept counts of `index` (it was emptied without a new version). */
export function forgetCoderCounts(index: IntervalIndex<Annotation>): void {
  counted.delete(index);
}
