/** A run of row indexes to mount, inclusive of `first`, exclusive of `end`. */
export interface RowWindow {
  first: number;
  end: number;
}

/**
 * Which rows of a fixed-height list to mount for a scroll position: those in view plus
 * `overscan` rows each side. The cost of a list then follows its viewport, not its length
 * (100,000 annotations mount a few dozen rows).
 */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first: Math.min(first, end), end };
}

/**
 * The scrollTop that brings row `index` into view (centred), or null when it is already fully
 * visible, so selecting from the list itself does not move it.
 */
export function scrollTopToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = index * rowHeight;
  if (top >= scrollTop && top + rowHeight <= scrollTop + viewportHeight) return null;
  return Math.max(0, top - (viewportHeight - rowHeight) / 2);
}
