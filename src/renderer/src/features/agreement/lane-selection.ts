/**
 * The document offset of a selection boundary inside a lane's text, whose pieces carry their
 * document offsets in `data-start` and `data-end` (see CoderLane). Null outside a piece.
 */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>('[data-start]');
  if (!piece) return null;
  const start = Number(piece.dataset.start);
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  // A boundary between a piece's children: before its only text or after it.
  return offset === 0 ? start : Number(piece.dataset.end);
}

/**
 * The span of the document the reader selected in a lane's text (either direction), or null
 * when the selection is empty or not within `container`'s lanes: how the reviewer draws new
 * boundaries for a disagreement.
 */
export function laneSelection(
  selection: Selection | null,
  container: Element,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return null;
  if (!container.contains(anchorNode) || !container.contains(focusNode)) return null;
  const a = offsetOf(anchorNode, selection.anchorOffset);
  const b = offsetOf(focusNode, selection.focusOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
