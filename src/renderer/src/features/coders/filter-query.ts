import type { Id } from '../../../../core/model/types';
import type { CoderFilter } from './coder-view';

/**
 * The document surface's annotation query narrowed to the coders the filter shows. Filtering at
 * the query keeps it as cheap as the window near the viewport (never the whole document), and
 * the highlights, the stripes and clicks on the text all see the same annotations.
 */
export function filterQuery<T extends { createdBy: Id }>(
  query: (start: number, end: number) => readonly T[],
  filter: CoderFilter,
): (start: number, end: number) => readonly T[] {
  if (filter.kind === 'all') return query;
  const shown = new Set(filter.coderIds);
  return (start, end) => query(start, end).filter((a) => shown.has(a.createdBy));
}
