import search from 'approx-string-match';
import { splitsSurrogatePair } from '../span';
import { prefixScore, suffixScore } from './affix-score';
import type { Anchor, Candidate, Placement } from './placement';
import { squeeze, squeezeText, type SqueezedText } from './squeezed-text';
import { mapOffset, unchangedStretches, type Stretch } from './unchanged-stretches';

/** Tuning of re-anchoring. */
export interface PlaceOptions {
  /** Below this confidence a candidate is not applied but offered as an orphan's best guess. */
  minConfidence: number;
  /**
   * Approximate matching looks near where the diff puts the span first; on texts up to this
   * length it then looks everywhere (a moved and edited paragraph). Longer texts stop at the
   * window: the whole-text search costs about a millisecond per 50,000 characters per quote.
   */
  wholeTextLimit: number;
}

/** The defaults: 0.75 keeps edited sentences and drops look-alikes (see the corpus tests). */
export const DEFAULT_PLACE_OPTIONS: PlaceOptions = { minConfidence: 0.75, wholeTextLimit: 200_000 };

/** The new text prepared once for many annotations: the diff map, and squeezed text on demand. */
export interface Target {
  oldText: string | null;
  newText: string;
  stretches: readonly Stretch[];
  squeezed(): SqueezedText;
}

/** Prepares a new text (and the old one, when known, for the diff map) for `placeAnchor`. */
export function prepareTarget(oldText: string | null, newText: string): Target {
  let squeezed: SqueezedText | undefined;
  return {
    oldText,
    newText,
    stretches: oldText === null ? [] : unchangedStretches(oldText, newText),
    squeezed: () => (squeezed ??= squeezeText(newText)),
  };
}

// Weights of the evidence for a candidate (after Hypothesis's match-quote): the quote itself
// counts most, then each side's context, then closeness to where the diff says it should be.
const QUOTE = 50;
const CONTEXT = 20;
const POSITION = 4;
const TOTAL = QUOTE + 2 * CONTEXT + POSITION;
/** Confidence given to a choice among equally good exact candidates. */
const AMBIGUOUS = 0.5;
/** Confidence of a long quote found once with only whitespace changed. */
const WHITESPACE_ONLY = 0.95;
/** At most this many occurrences of a quote are weighed. */
const MAX_OCCURRENCES = 1000;
/** Quotes shorter than this are not matched approximately (anything would do). */
const MIN_FUZZY_LENGTH = 4;
/** A unique exact quote shorter than this needs half its context to count as exact. */
const MIN_UNIQUE_LENGTH = 12;

interface Scored extends Candidate {
  context: number;
}

function score(
  t: Target,
  a: Anchor,
  start: number,
  end: number,
  quoteScore: number,
  hint: number,
): Scored {
  const p = prefixScore(t.newText, start, a.prefix);
  const s = suffixScore(t.newText, end, a.suffix);
  const position = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, t.newText.length));
  const context = (p + s) / 2;
  const confidence = (QUOTE * quoteScore + CONTEXT * (p + s) + POSITION * position) / TOTAL;
  return { start, end, confidence, context };
}

const best = (xs: Scored[]) => xs.reduce((x, y) => (y.confidence > x.confidence ? y : x));
const candidate = (s: Scored): Candidate => ({
  start: s.start,
  end: s.end,
  confidence: s.confidence,
});

/** Widens a span that would cut a surrogate pair (an approximate match can end mid-emoji). */
function whole(text: string, start: number, end: number): [number, number] {
  return [
    splitsSurrogatePair(text, start) ? start - 1 : start,
    splitsSurrogatePair(text, end) ? end + 1 : end,
  ];
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (
    let i = text.indexOf(quote);
    i !== -1 && out.length < MAX_OCCURRENCES;
    i = text.indexOf(quote, i + 1)
  ) {
    out.push(i);
  }
  return out;
}

/**
 * Places one annotation on the new text, trying the cheapest certain evidence first:
 * 1. the text diff: the span lies in an unchanged stretch → exact;
 * 2. the quote occurs exactly: once (long enough, or with its context) → exact; several times
 *    with one occurrence in its own prefix and suffix → exact; else context and position pick
 *    one → fuzzy (or orphan when two are equally good);
 * 3. the quote occurs with only whitespace changed → fuzzy;
 * 4. approximate matching (edit distance up to half the quote) near where the diff puts it,
 *    then anywhere, weighing quote, prefix, suffix and position → fuzzy above
 *    `minConfidence`, else an orphan with the best guess.
 */
export function placeAnchor(
  t: Target,
  a: Anchor,
  options: PlaceOptions = DEFAULT_PLACE_OPTIONS,
): Placement {
  const { newText } = t;
  if (a.quote.length === 0) return { status: 'orphan', reason: 'empty-quote' };
  const oldMatches = t.oldText !== null && t.oldText.slice(a.start, a.end) === a.quote;
  let hint = a.start;
  if (oldMatches && t.stretches.length) {
    const s = mapOffset(t.stretches, a.start);
    const e = mapOffset(t.stretches, a.end, true);
    if (s.unchanged && e.unchanged && newText.slice(s.offset, e.offset) === a.quote) {
      return { status: 'exact', start: s.offset, end: e.offset, method: 'unchanged' };
    }
    hint = s.offset;
  }

  const exact = occurrences(newText, a.quote);
  if (exact.length > 0) {
    const scored = exact.map((at) => score(t, a, at, at + a.quote.length, 1, hint));
    const top = best(scored);
    if (exact.length === 1 && (a.quote.length >= MIN_UNIQUE_LENGTH || top.context >= 0.5)) {
      return { status: 'exact', start: top.start, end: top.end, method: 'unique-quote' };
    }
    const inContext = scored.filter((c) => c.context === 1);
    if (inContext.length === 1 && exact.length > 1) {
      const [c] = inContext as [Scored];
      return { status: 'exact', start: c.start, end: c.end, method: 'quote-and-context' };
    }
    const rivals = scored.filter((c) => c !== top && c.context === top.context);
    if (rivals.length > 0) {
      return {
        status: 'orphan',
        reason: 'ambiguous',
        best: { ...candidate(top), confidence: AMBIGUOUS },
      };
    }
    return accept(top, 'context', options);
  }

  const squeezedQuote = squeeze(a.quote);
  if (/\s/.test(a.quote)) {
    const sq = t.squeezed();
    const found = occurrences(sq.text, squeezedQuote).map((i) => {
      const [start, end] = [
        sq.startOf[i] as number,
        sq.endOf[i + squeezedQuote.length - 1] as number,
      ];
      return score(t, a, start, end, 1 - 1 / (2 * a.quote.length), hint);
    });
    if (found.length > 0) {
      const top = best(found);
      if (found.some((c) => c !== top && c.context === top.context)) {
        return {
          status: 'orphan',
          reason: 'ambiguous',
          best: { ...candidate(top), confidence: AMBIGUOUS },
        };
      }
      // A long quote found once with only its spacing changed is as good as found: its context
      // may have changed (the text around it was edited or moved), the quote did not.
      const sure = found.length === 1 && a.quote.length >= MIN_UNIQUE_LENGTH;
      return accept(
        sure ? { ...top, confidence: Math.max(top.confidence, WHITESPACE_ONLY) } : top,
        'whitespace',
        options,
      );
    }
  }

  if (a.quote.length < MIN_FUZZY_LENGTH) return { status: 'orphan', reason: 'not-found' };
  const maxErrors = Math.min(256, Math.floor(a.quote.length / 2));
  const approximate = (from: number, to: number): Scored[] =>
    search(newText.slice(from, to), a.quote, maxErrors)
      .slice(0, 200)
      .map((m) => {
        const [start, end] = whole(newText, m.start + from, m.end + from);
        // Equal edit distances (a footnote mark dropped or substituted): prefer the span
        // whose length is closest to the quote's.
        const length = Math.abs(end - start - a.quote.length) / (100 * a.quote.length);
        return score(t, a, start, end, 1 - m.errors / a.quote.length - length, hint);
      });
  const reach = Math.max(2000, 4 * a.quote.length);
  const from = Math.max(0, hint - reach);
  const to = Math.min(newText.length, hint + a.quote.length + reach);
  let found = approximate(from, to);
  const near = found.length ? best(found) : undefined;
  const searchAll = to - from < newText.length && newText.length <= options.wholeTextLimit;
  if (searchAll && (!near || near.confidence < options.minConfidence)) {
    found = [...found, ...approximate(0, newText.length)];
  }
  if (found.length === 0) return { status: 'orphan', reason: 'not-found' };
  return accept(best(found), 'approximate', options);
}

function accept(
  c: Scored,
  method: 'context' | 'whitespace' | 'approximate',
  options: PlaceOptions,
): Placement {
  if (c.confidence < options.minConfidence)
    return { status: 'orphan', reason: 'low-confidence', best: candidate(c) };
  return { status: 'fuzzy', start: c.start, end: c.end, confidence: c.confidence, method };
}
