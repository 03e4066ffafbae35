/** A contiguous run of block indexes, inclusive at both ends. */
export interface BlockWindow {
  first: number;
  last: number;
}

/**
 * The blocks whose boxes come within `margin` pixels of the scroll container's visible area,
 * found by binary search over block rectangles (blocks are laid out top to bottom), so the
 * cost is O(log n) layout reads whatever the document's length. Null when none is near.
 */
export function nearViewportBlocks(
  scroller: HTMLElement,
  blocks: readonly HTMLElement[],
  margin: number,
): BlockWindow | null {
  if (blocks.length === 0) return null;
  // What shows is the scroller's box cut by the browser window (the page itself may scroll).
  const box = scroller.getBoundingClientRect();
  const top = Math.max(box.top, 0) - margin;
  const bottom = Math.min(box.bottom, window.innerHeight) + margin;
  // First block whose bottom reaches the window.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // First block whose top is past the window.
  hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.getBoundingClientRect().top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return last >= first ? { first, last } : null;
}
