import { diffChars, diffLines, type ChangeObject } from 'diff';

/** A stretch of text that is the same in the old and the new version, at both positions. */
export interface Stretch {
  oldStart: number;
  newStart: number;
  length: number;
}

/** Changed blocks up to this size (each side) are compared character by character. */
const REFINE_LIMIT = 4000;

/** A line diff of two long texts gives up past this much work (ms), leaving no map. */
const DIFF_TIMEOUT_MS = 3000;

/**
 * The stretches two versions of a text share, in order: a line diff first (cheap on long
 * texts: paragraphs are lines), then, inside each changed block, a character diff, so an edited
 * word leaves the rest of its paragraph mapped. Moved paragraphs are not followed (a diff sees
 * a removal and an insertion); quote matching finds them. Empty when the texts have nothing in
 * common or the diff takes too long.
 */
export function unchangedStretches(oldText: string, newText: string): Stretch[] {
  if (oldText === newText) return [{ oldStart: 0, newStart: 0, length: oldText.length }];
  const changes = diffLines(oldText, newText, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return [];
  const out: Stretch[] = [];
  let o = 0;
  let n = 0;
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed && added && removed.length <= REFINE_LIMIT && added.length <= REFINE_LIMIT) {
      refine(removed, added, o - removed.length, n - added.length, out);
    }
    removed = '';
    added = '';
  };
  for (const change of changes as ChangeObject<string>[]) {
    const text = change.value;
    if (change.added) {
      added += text;
      n += text.length;
    } else if (change.removed) {
      removed += text;
      o += text.length;
    } else {
      flush();
      push(out, { oldStart: o, newStart: n, length: text.length });
      o += text.length;
      n += text.length;
    }
  }
  flush();
  return out;
}

/** Character-level common stretches of one changed block, at its offsets in both texts. */
function refine(before: string, after: string, oldAt: number, newAt: number, out: Stretch[]): void {
  const changes = diffChars(before, after, { maxEditLength: 2000 });
  if (!changes) return;
  let o = oldAt;
  let n = newAt;
  for (const change of changes) {
    const len = change.value.length;
    if (change.added) n += len;
    else if (change.removed) o += len;
    else {
      push(out, { oldStart: o, newStart: n, length: len });
      o += len;
      n += len;
    }
  }
}

/** Appends a stretch, joining it to the previous one when they touch on both sides. */
function push(out: Stretch[], s: Stretch): void {
  if (s.length === 0) return;
  const last = out[out.length - 1];
  if (
    last &&
    last.oldStart + last.length === s.oldStart &&
    last.newStart + last.length === s.newStart
  ) {
    last.length += s.length;
  } else {
    out.push({ ...s });
  }
}

/** Where an old offset lands in the new text, and whether it lies in an unchanged stretch. */
export interface MappedOffset {
  offset: number;
  unchanged: boolean;
}

/**
 * Maps an offset of the old text into the new one. Inside an unchanged stretch (ends included,
 * `end` true means the offset closes a span) it is exact; in a changed block it is an estimate,
 * the same distance past the previous stretch, clamped to the next one: a hint for matching.
 */
export function mapOffset(
  stretches: readonly Stretch[],
  offset: number,
  end = false,
): MappedOffset {
  let lo = 0;
  let hi = stretches.length - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((stretches[mid] as Stretch).oldStart <= offset - (end ? 1 : 0)) {
      before = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = stretches[before];
  if (!s) {
    const next = stretches[0];
    return {
      offset: next ? Math.max(0, next.newStart - (next.oldStart - offset)) : offset,
      unchanged: false,
    };
  }
  const inside = end ? offset <= s.oldStart + s.length : offset < s.oldStart + s.length;
  if (inside) return { offset: s.newStart + offset - s.oldStart, unchanged: true };
  const next = stretches[before + 1];
  const guess = s.newStart + s.length + (offset - s.oldStart - s.length);
  return { offset: next ? Math.min(guess, next.newStart) : guess, unchanged: false };
}
