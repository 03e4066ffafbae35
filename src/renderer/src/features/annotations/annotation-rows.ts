import type { IntervalIndex, IntervalLike } from '../../../../core/index/interval-index';
import type { Id } from '../../../../core/model/types';
import { shownAnnotations } from '../coders/coder-selectors';
import type { CoderFilter } from '../coders/coder-view';

/** The rows the annotation list shows, in reading order: how many, a window of them, where one is. */
export interface AnnotationRows<T> {
  /** How many rows the list has. */
  readonly count: number;
  /** The rows at positions [from, to). */
  slice(from: number, to: number): readonly T[];
  /** The position of the row with this id, or -1. */
  indexOf(id: string): number;
}

/**
 * The annotation list's rows for a coder filter. With every coder shown (the usual case) they
 * are read from the interval index itself, which already keeps reading order: a change costs
 * the index's O(log n) patch and the list reads only the rows on screen (O(n/B + k)), never a
 * copy or sort of all 100,000. Only a coder filter materializes the filtered list (one pass).
 * Reads the index as it is when called: make a new one when the index's version changes.
 */
export function annotationRows<T extends IntervalLike & { createdBy: Id }>(
  index: IntervalIndex<T>,
  filter: CoderFilter,
): AnnotationRows<T> {
  if (filter.kind === 'all') {
    return {
      count: index.size,
      slice: (from, to) => index.slice(from, to),
      indexOf: (id) => index.rank(id),
    };
  }
  const list = shownAnnotations(index.all(), filter);
  return {
    count: list.length,
    slice: (from, to) => list.slice(from, to),
    indexOf: (id) => list.findIndex((a) => a.id === id),
  };
}
