import { diffWordsWithSpace } from 'diff';

/** A run of one side's text in the compare view: kept, or only on this side (changed). */
export interface DiffRun {
  start: number;
  end: number;
  changed: boolean;
}

/**
 * The word-by-word differences of two aligned paragraphs, as runs of each side with offsets in
 * that side's whole text: `left` marks words the right lacks, `right` words the left lacks.
 * Whitespace-only differences (another layout) count as kept.
 */
export function wordDiff(
  leftText: string,
  left: { start: number; end: number },
  rightText: string,
  right: { start: number; end: number },
): { left: DiffRun[]; right: DiffRun[] } {
  // With spaces as tokens, kept parts are the same on both sides, so offsets add up exactly.
  const parts = diffWordsWithSpace(
    leftText.slice(left.start, left.end),
    rightText.slice(right.start, right.end),
  );
  const out = { left: [] as DiffRun[], right: [] as DiffRun[] };
  let l = left.start;
  let r = right.start;
  const push = (runs: DiffRun[], start: number, length: number, changed: boolean) => {
    const last = runs.at(-1);
    if (last && last.changed === changed && last.end === start) last.end = start + length;
    else if (length > 0) runs.push({ start, end: start + length, changed });
  };
  for (const part of parts) {
    const length = part.value.length;
    const changed = part.value.trim().length > 0;
    if (!part.added) {
      push(out.left, l, length, !!part.removed && changed);
      l += length;
    }
    if (!part.removed) {
      push(out.right, r, length, !!part.added && changed);
      r += length;
    }
  }
  return out;
}
