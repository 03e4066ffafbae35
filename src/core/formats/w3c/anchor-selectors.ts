/** Where a quote was placed in a text, and how sure we are. */
export type SelectorAnchor =
  | { kind: 'exact'; start: number; end: number }
  | { kind: 'moved'; start: number; end: number; reason: string }
  | { kind: 'orphan'; reason: string };

/** What a W3C target says about its span: the quote and its context, and a position hint. */
export interface SelectorTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** UTF-16 offsets from a TextPositionSelector, when there was one. */
  start?: number;
  end?: number;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A pattern that finds `quote` in a text whatever whitespace separates its words. */
function quotePattern(quote: string): RegExp {
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'g');
}

/** How many characters of `a`'s end equal `b`'s end, whitespace folded. */
function tailMatch(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

function headMatch(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Places a W3C target in a text. The position wins when the text there equals the quote (with
 * whitespace folded, as web pages reflow it); otherwise the quote wins, and among several
 * occurrences the one whose prefix and suffix match best, then the one nearest the position.
 * A quote that is not in the text is an orphan, never a guess.
 */
export function anchorSelectors(text: string, target: SelectorTarget): SelectorAnchor {
  const quote = target.exact;
  if (!quote.trim()) return { kind: 'orphan', reason: 'the quote is empty' };
  const { start, end } = target;
  if (start !== undefined && end !== undefined && end <= text.length && start < end) {
    if (text.slice(start, end) === quote) return { kind: 'exact', start, end };
    if (squash(text.slice(start, end)) === squash(quote)) return { kind: 'exact', start, end };
  }
  let best: { start: number; end: number; score: number; distance: number } | null = null;
  let count = 0;
  for (const m of text.matchAll(quotePattern(quote))) {
    count++;
    if (count > 10_000) break;
    const s = m.index;
    const e = s + m[0].length;
    const score =
      tailMatch(text.slice(Math.max(0, s - 64), s), target.prefix ?? '') +
      headMatch(text.slice(e, e + 64), target.suffix ?? '');
    const distance = start === undefined ? 0 : Math.abs(s - start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: s, end: e, score, distance };
    }
  }
  if (!best) return { kind: 'orphan', reason: 'the quote is not in the text' };
  if (start === undefined) return { kind: 'exact', start: best.start, end: best.end };
  return {
    kind: 'moved',
    start: best.start,
    end: best.end,
    reason: `the position did not match the quote; placed by the quote${count > 1 ? ` (1 of ${count} occurrences, chosen by its context)` : ''}`,
  };
}
