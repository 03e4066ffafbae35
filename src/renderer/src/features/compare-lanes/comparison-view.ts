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
  /** The consensus coder, whose annotations in a passage mean it is decided (null: none yet). */
  consensusCoderId: Id | null;
}

/** Which passages are decided (by index), read from the open document's annotations. */
export type DecidedPassages = ReadonlySet<number>;

/**
 * The passages a consensus annotation lies over, by index: decided. `consensusIn(start, end)`
 * gives the consensus coder's annotations overlapping a span (from the document's index).
 */
export function decidedPassages(
  view: ComparisonView,
  consensusIn: (start: number, end: number) => readonly unknown[],
): DecidedPassages {
  const decided = new Set<number>();
  view.passages.forEach((p, i) => {
    if (consensusIn(p.start, p.end).length > 0) decided.add(i);
  });
  return decided;
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
  /** A disagreement already adjudicated (drawn fainter). */
  decided?: boolean;
}

/**
 * The bars of the passages that reach into [from, to): each coder's annotations in their lane,
 * then each disagreement's span in the last lane, marked with its kind (and whether it is
 * decided).
 */
export function laneBars(
  view: ComparisonView,
  from: number,
  to: number,
  decided: DecidedPassages = new Set(),
): LaneBar[] {
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
      bars.push({
        lane: markerLane,
        start: p.start,
        end: p.end,
        kind: p.disagreement,
        current,
        ...(decided.has(index) ? { decided: true } : {}),
      });
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
