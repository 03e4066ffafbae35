/**
 * A text with every run of whitespace turned into one space, and where each of its characters
 * came from: lets a quote be found again when only line breaks, tabs or spacing changed (another
 * layout of the same document), then mapped back to offsets in the real text.
 */
export interface SqueezedText {
  text: string;
  /** Offset in the original text of each character of `text`. */
  startOf: Uint32Array;
  /** Offset in the original text just after each character of `text` (a whole run for spaces). */
  endOf: Uint32Array;
}

/** The whitespace `squeeze` collapses (the same set as its pattern). */
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029;

/** Squeezes a text's whitespace (see `SqueezedText`). */
export function squeezeText(original: string): SqueezedText {
  const startOf = new Uint32Array(original.length);
  const endOf = new Uint32Array(original.length);
  let n = 0;
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < original.length;) {
    if (isSpace(original.charCodeAt(i))) {
      let j = i + 1;
      while (j < original.length && isSpace(original.charCodeAt(j))) j++;
      parts.push(original.slice(runStart, i), ' ');
      startOf[n] = i;
      endOf[n] = j;
      n++;
      i = j;
      runStart = j;
    } else {
      startOf[n] = i;
      endOf[n] = i + 1;
      n++;
      i++;
    }
  }
  parts.push(original.slice(runStart));
  return { text: parts.join(''), startOf: startOf.subarray(0, n), endOf: endOf.subarray(0, n) };
}

/** A quote or context with its whitespace squeezed the same way. */
export function squeeze(s: string): string {
  return s.replace(/[\t\n\v\f\r \u00a0\u2028\u2029]+/g, ' ');
}
