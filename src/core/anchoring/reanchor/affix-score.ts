import search from 'approx-string-match';

/**
 * How alike two short strings are, from 0 (nothing in common) to 1 (equal): one minus the edit
 * distance of the best approximate occurrence of `expected` in `actual`, over its length. Used
 * for the prefix and suffix around a candidate (32 characters each, so this stays cheap).
 * An empty expectation (an annotation at the start or end of its text) is met by anything.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/** How well the text before `start` matches the expected prefix (read from the end). */
export function prefixScore(text: string, start: number, prefix: string): number {
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

/** How well the text after `end` matches the expected suffix. */
export function suffixScore(text: string, end: number, suffix: string): number {
  return similarity(text.slice(end, end + suffix.length), suffix);
}
