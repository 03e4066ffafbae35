import type { Block } from '../../../../core/model/types';

/**
 * The 1-based number of the paragraph (block, horizontal rules not counted) holding `offset`, as
 * a reader counts them on screen; null when no block holds it. Blocks are sorted by start.
 */
export function paragraphNumber(blocks: readonly Block[], offset: number): number | null {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as Block).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo];
  if (!block || block.start > offset || block.kind === 'rule') return null;
  let rules = 0;
  for (let i = 0; i < lo; i++) if ((blocks[i] as Block).kind === 'rule') rules++;
  return lo + 1 - rules;
}

/** A quote with a few words either side, for showing where an annotation sits. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * About `reach` characters of text either side of `[start, end)`, cut at whole words with an
 * ellipsis, whitespace collapsed; a quote longer than `maxQuote` keeps its two ends.
 */
export function quoteInContext(
  text: string,
  start: number,
  end: number,
  reach = 40,
  maxQuote = 160,
): QuoteInContext {
  let before = text.slice(Math.max(0, start - reach), start);
  if (start > reach) before = `…${before.replace(/^\S*\s/, '')}`;
  let after = text.slice(end, end + reach);
  if (end + reach < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  let quote = collapse(text.slice(start, end));
  if (quote.length > maxQuote) {
    const half = Math.floor((maxQuote - 3) / 2);
    quote = `${quote.slice(0, half)} … ${quote.slice(-half)}`;
  }
  return { before: collapse(before).trimStart(), quote, after: collapse(after).trimEnd() };
}
