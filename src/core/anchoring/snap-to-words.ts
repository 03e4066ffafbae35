import { segmentsAround } from './segments';
import { clampSpan, type Span } from './span';

/**
 * The selection a coder meant: [start, end) with surrounding white space trimmed, then grown to
 * whole words (Unicode word boundaries from `Intl.Segmenter`, which also never cut a grapheme
 * cluster such as an emoji with a skin-tone modifier or a ZWJ family). A selection already on word
 * boundaries with no white space at its ends is returned unchanged, and snapping twice is the same
 * as once. A selection of nothing but white space becomes an empty span where it started.
 */
export function snapToWords(text: string, start: number, end: number): Span {
  const span = clampSpan(text, { start, end });
  const trimmed = trimWhitespace(text, span);
  if (trimmed.start === trimmed.end) {
    const at = graphemeStartAtOrBefore(text, trimmed.start);
    return { start: at, end: at };
  }
  // Two small windows rather than one over the whole selection, which may be a whole chapter.
  const head = segmentsAround(text, trimmed.start, trimmed.start, 'word');
  const tail = segmentsAround(text, trimmed.end, trimmed.end, 'word');
  const first = head.find((s) => s.start <= trimmed.start && trimmed.start < s.end);
  const last = tail.find((s) => s.start < trimmed.end && trimmed.end <= s.end);
  return {
    start: first ? first.start : trimmed.start,
    end: last ? last.end : trimmed.end,
  };
}

/** Moves the ends of a span inwards past white space. */
export function trimWhitespace(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** The start of the grapheme cluster containing `offset` (or `offset` at a boundary). */
function graphemeStartAtOrBefore(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const seg = segmentsAround(text, offset, offset, 'grapheme').find(
    (s) => s.start <= offset && offset < s.end,
  );
  return seg ? seg.start : offset;
}
