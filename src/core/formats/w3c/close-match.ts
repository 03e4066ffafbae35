import { placeAnchor, prepareTarget, type Target } from '../../anchoring/reanchor';
import type { SelectorAnchor, SelectorTarget } from './anchor-selectors';

/** A document's text prepared once for the re-anchoring machinery, however many quotes miss. */
export type PreparedText = Target;

/** Prepares a text for `closeMatch` (no earlier version: nothing to diff against). */
export const prepareText = (text: string): PreparedText => prepareTarget(null, text);

/**
 * The re-anchoring machinery's answer for a quote that is not in the text as it is (a word
 * changed, punctuation, a typo fixed): `placeAnchor` finds the closest match with its prefix,
 * suffix and position, and gives a confidence. Placed as `moved`, with the confidence in the
 * reason, so the import preview shows it to the user before anything is written; below the
 * machinery's threshold (or ambiguous) it stays an orphan, never a guess.
 */
export function closeMatch(prepared: PreparedText, target: SelectorTarget): SelectorAnchor | null {
  const start = target.start ?? 0;
  const placed = placeAnchor(prepared, {
    start,
    end: target.end ?? start,
    quote: target.exact,
    prefix: target.prefix ?? '',
    suffix: target.suffix ?? '',
  });
  if (placed.status === 'orphan') return null;
  const sure = placed.status === 'fuzzy' ? Math.round(placed.confidence * 100) : 100;
  return {
    kind: 'moved',
    start: placed.start,
    end: placed.end,
    reason: `the quote is not in the text as it is; placed on the closest match (${sure}% sure): check it`,
  };
}
