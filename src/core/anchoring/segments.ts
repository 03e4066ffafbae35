import { splitsSurrogatePair } from './span';

/** A segment of the text with its absolute UTF-16 offsets. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Word granularity only: whether the segment is a word (letters, digits, ideographs). */
  isWordLike: boolean;
}

/**
 * How far around an offset the text is segmented. Segmenting a whole 1,000,000-character
 * document on each key press would be slow; boundaries near an offset only depend on nearby
 * text, so a window is enough for any word shorter than this.
 */
export const SEGMENT_WINDOW = 512;

const segmenters = new Map<'word' | 'grapheme', Intl.Segmenter>();

function segmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter {
  let s = segmenters.get(granularity);
  if (!s) {
    // Locale-independent (root) rules, so the same text snaps the same way for every coder.
    s = new Intl.Segmenter('und', { granularity });
    segmenters.set(granularity, s);
  }
  return s;
}

/**
 * The word or grapheme segments of `text` within [from - window, to + window], with absolute
 * offsets. The window never cuts a surrogate pair. Segments touching the window's edges may be
 * truncated when the edges are not the text's; callers look only near `from` and `to`.
 */
export function segmentsAround(
  text: string,
  from: number,
  to: number,
  granularity: 'word' | 'grapheme',
): TextSegment[] {
  let lo = Math.max(0, from - SEGMENT_WINDOW);
  let hi = Math.min(text.length, to + SEGMENT_WINDOW);
  if (splitsSurrogatePair(text, lo)) lo -= 1;
  if (splitsSurrogatePair(text, hi)) hi += 1;
  const out: TextSegment[] = [];
  for (const s of segmenter(granularity).segment(text.slice(lo, hi))) {
    const start = lo + s.index;
    out.push({ start, end: start + s.segment.length, text: s.segment, isWordLike: !!s.isWordLike });
  }
  return out;
}

/** Whether a segment is only white space (spaces, tabs, line breaks, NBSP, ...). */
export function isWhitespaceSegment(segment: TextSegment): boolean {
  return /^\s*$/u.test(segment.text);
}
