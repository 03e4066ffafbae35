import { splitsSurrogatePair } from './span';

/** How much context (UTF-16 code units) an annotation keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

/** The quote of a span and the text just around it, kept to repair anchors later. */
export interface QuoteContext {
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * The exact quote of [start, end) with up to 32 code units of prefix and suffix. The context is
 * shortened by one unit rather than cut through a surrogate pair, so it is always valid text
 * (it is written to exchange files as UTF-8, where half a pair cannot be encoded).
 */
export function quoteContext(text: string, start: number, end: number): QuoteContext {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
