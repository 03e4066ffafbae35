import { alignParagraphs, type Paragraph } from './align-paragraphs';
import { wordDiff, type DiffRun } from './word-diff';

/** One row of the compare view with each side's runs (kept or changed), ready to render. */
export interface CompareRow {
  left: DiffRun[];
  right: DiffRun[];
}

const whole = (p: Paragraph | null): DiffRun[] =>
  p ? [{ start: p.start, end: p.end, changed: true }] : [];

/**
 * The compare view's rows: paragraphs aligned, and the words that differ within each aligned
 * pair (a paragraph on one side only is changed as a whole).
 */
export function compareRows(leftText: string, rightText: string): CompareRow[] {
  return alignParagraphs(leftText, rightText).map(({ left, right }) =>
    left && right
      ? wordDiff(leftText, left, rightText, right)
      : { left: whole(left), right: whole(right) },
  );
}
