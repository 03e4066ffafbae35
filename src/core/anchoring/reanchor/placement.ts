/** What re-anchoring needs of an annotation: where it was, and the text it quoted. */
export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** How an exact placement was found. */
export type ExactMethod =
  /** The span lies in a stretch the text diff found unchanged. */
  | 'unchanged'
  /** The quote occurs once in the new text. */
  | 'unique-quote'
  /** The quote occurs several times; only one has the same prefix and suffix. */
  | 'quote-and-context';

/** How a fuzzy placement was found. */
export type FuzzyMethod =
  /** The quote occurs several times and context and position chose one. */
  | 'context'
  /** The quote occurs with only whitespace changed (another layout). */
  | 'whitespace'
  /** The quote occurs with edits (words, punctuation), found by approximate matching. */
  | 'approximate';

/** Why an annotation could not be placed. */
export type OrphanReason =
  /** Nothing like the quote is in the new text (within the allowed errors). */
  | 'not-found'
  /** The best candidate is too unlike the quote and its context. */
  | 'low-confidence'
  /** Several candidates are equally good. */
  | 'ambiguous'
  /** The annotation quotes nothing (it cannot be matched). */
  | 'empty-quote';

/** A candidate span in the new text with its confidence (0-1). */
export interface Candidate {
  start: number;
  end: number;
  confidence: number;
}

/**
 * Where an annotation goes in the new text. `exact`: apply silently. `fuzzy`: apply, showing the
 * confidence. `orphan`: a person places it or discards it; `best` is the best guess, if any.
 */
export type Placement =
  | { status: 'exact'; start: number; end: number; method: ExactMethod }
  | { status: 'fuzzy'; start: number; end: number; confidence: number; method: FuzzyMethod }
  | { status: 'orphan'; reason: OrphanReason; best?: Candidate };
