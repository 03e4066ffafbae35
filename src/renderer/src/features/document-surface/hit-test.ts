import type { TextMap } from './text-map';
import type { AnnotationQuery, SurfaceAnnotation } from './types';

/**
 * The caret offset nearest a viewport point, via `caretPositionFromPoint` (standard, Chromium
 * 128+) or `caretRangeFromPoint` (older WebKit/Blink). Null when the point is not over the text.
 */
export function offsetFromPoint(x: number, y: number, map: TextMap): number | null {
  const pos = caretAt(x, y);
  return pos ? map.offsetOf(pos.node, pos.offset) : null;
}

/**
 * The offset of the character drawn under a viewport point, or null when the point is over
 * blank space (past a line's end, a margin). A caret offset alone cannot tell: clicking the right
 * half of a character puts the caret after it.
 */
export function characterOffsetAtPoint(x: number, y: number, map: TextMap): number | null {
  const caret = offsetFromPoint(x, y, map);
  if (caret === null) return null;
  const { text } = map;
  const before = caret - codePointLengthBefore(text, caret);
  const after = caret + codePointLengthAt(text, caret);
  for (const [start, end] of [
    [before, caret],
    [caret, after],
  ] as const) {
    if (start < 0 || end > text.length || start >= end) continue;
    if (map.blockIndexAt(start) !== map.blockIndexAt(end - 1)) continue;
    for (const r of map.rangeFor(start, end).getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return start;
    }
  }
  return null;
}

/**
 * The annotations under a viewport point, smallest first (the app selects the first and offers
 * the rest in a chooser). Resolved with the caret position and the annotation index rather than
 * `highlightsFromPoint`, so it works with ranges registered only near the viewport.
 */
export function annotationsAtPoint(
  x: number,
  y: number,
  map: TextMap,
  query: AnnotationQuery,
): SurfaceAnnotation[] {
  const offset = characterOffsetAtPoint(x, y, map);
  if (offset === null) return [];
  return query(offset, offset + 1)
    .filter((a) => a.start <= offset && offset < a.end)
    .sort(
      (a, b) =>
        a.end - a.start - (b.end - b.start) ||
        a.start - b.start ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  // Fallback for engines without the standard API. caretRangeFromPoint is non-standard.
  const legacy = (
    document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }
  ).caretRangeFromPoint;
  const r = legacy?.call(document, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function codePointLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function codePointLengthBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? 2 : 1;
}
