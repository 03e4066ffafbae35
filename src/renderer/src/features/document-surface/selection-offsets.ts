import type { TextMap } from './text-map';
import type { Span } from './types';

/**
 * The canonical span a Selection covers, whatever direction it was made in and however many
 * blocks it crosses. Endpoints outside rendered text are clamped to it; endpoints that split a
 * surrogate pair are widened to whole code points. Null when collapsed or wholly outside.
 */
export function selectionToSpan(selection: Selection, map: TextMap): Span | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  // A Range is always ordered, whatever the selection's direction.
  const range = selection.getRangeAt(0);
  const start = map.offsetOf(range.startContainer, range.startOffset, 'forward');
  const end = map.offsetOf(range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null) return null;
  const span = widenToCodePoints(map.text, start, end);
  return span.start < span.end ? span : null;
}

/**
 * Makes the document selection show exactly `span` (clamped to rendered text): used to show the
 * span about to be coded and to extend a selection from the keyboard. Returns the span shown.
 */
export function setSelectionToSpan(
  span: Span,
  map: TextMap,
  selection?: Selection | null,
): Span | null {
  const sel = selection ?? document.getSelection();
  if (!sel) return null;
  const points = map.pointsFor(span.start, span.end);
  if (!points) {
    sel.removeAllRanges();
    return null;
  }
  sel.setBaseAndExtent(points[0].node, points[0].offset, points[1].node, points[1].offset);
  return selectionToSpan(sel, map);
}

/** Moves a start back and an end forward so neither splits a UTF-16 surrogate pair. */
export function widenToCodePoints(text: string, start: number, end: number): Span {
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (
    end > 0 &&
    end < text.length &&
    isLow(text.charCodeAt(end)) &&
    isHigh(text.charCodeAt(end - 1))
  )
    end++;
  return { start, end };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
