import type { DisagreementKind, Passage } from '../../../../core/agreement/passages';
import type { Id } from '../../../../core/model/types';

/** A coder shown as a lane in the document margin while comparing. */
export interface LaneCoder {
  id: Id;
  name: string;
  colour: string;
}

/**
 * What the comparison shows in the document's margin: the chosen coders' annotations as one
 * lane each, the passages (agreed and disagreed) of the open document, and the passage the
 * reviewer is at (an index into `passages`, or null). Published by the comparison view, read by
 * the lanes layer; null when no comparison is shown.
 */
export interface ComparisonView {
  documentId: Id;
  coders: LaneCoder[];
  passages: Passage[];
  current: number | null;
}

/** One bar to draw: in lane `lane` (a coder, or the disagreement lane after them), over a span. */
export interface LaneBar {
  lane: number;
  start: number;
  end: number;
  /** A coder's colour, or the disagreement's kind. */
  colour?: string;
  kind?: DisagreementKind;
  current: boolean;
}

/**
 * The bars of the passages that reach into [from, to): each coder's annotations in their lane,
 * then each disagreement's span in the last lane, marked with its kind. Passages are in text
 * order, so the search stops at the first one past `to`.
 */
export function laneBars(view: ComparisonView, from: number, to: number): LaneBar[] {
  const bars: LaneBar[] = [];
  const markerLane = view.coders.length;
  view.passages.forEach((p, index) => {
    if (p.end <= from || p.start >= to) return;
    const current = index === view.current;
    p.versions.forEach((version, lane) => {
      const colour = view.coders[lane]?.colour;
      for (const a of version) bars.push({ lane, start: a.start, end: a.end, colour, current });
    });
    if (p.disagreement)
      bars.push({ lane: markerLane, start: p.start, end: p.end, kind: p.disagreement, current });
  });
  return bars;
}

/** The index of the next (or previous) disagreement after `current`, wrapping; null if none. */
export function stepDisagreement(view: ComparisonView, direction: 1 | -1): number | null {
  const n = view.passages.length;
  const from = view.current ?? (direction === 1 ? -1 : n);
  for (let k = 1; k <= n; k++) {
    const i = (((from + direction * k) % n) + n) % n;
    if (view.passages[i]?.disagreement) return i;
  }
  return null;
}

/** How a disagreement's kind is named beside its marker. */
export const KIND_NAMES: Record<DisagreementKind, string> = {
  'coded-by-some': 'Coded by some coders only',
  'different-codes': 'Same spans, different codes',
  'different-boundaries': 'Different boundaries',
};
