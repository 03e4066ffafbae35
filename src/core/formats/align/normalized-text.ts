/**
 * A text as documents are compared across tools: without a byte order mark, CRLF and CR as LF,
 * no whitespace at the end of a line or of the text. `rawIndex[i]` is where the normalized
 * text's character `i` is in the original, so offsets can move between the two.
 */
export interface NormalizedText {
  text: string;
  rawIndex: Int32Array;
  rawLength: number;
}

const LF = 10;
const CR = 13;
const BOM = 0xfeff;
/** Whitespace other than a line break that may trail a line (space, tab, NBSP, other spaces). */
const isTrailingSpace = (c: number) =>
  c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a);

/** Normalizes `text` for matching documents whose bytes differ only in line ends and trailing space. */
export function normalizeForMatching(text: string): NormalizedText {
  const codes = new Uint16Array(text.length);
  const rawIndex = new Int32Array(text.length);
  let n = 0;
  let spaceStart = -1; // where a run of trailing-space candidates began in the output
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (i === 0 && c === BOM) continue;
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) continue;
      c = LF;
    }
    if (c === LF && spaceStart >= 0) n = spaceStart;
    if (isTrailingSpace(c)) {
      if (spaceStart < 0) spaceStart = n;
    } else {
      spaceStart = -1;
    }
    codes[n] = c;
    rawIndex[n] = i;
    n++;
  }
  while (n > 0 && (isTrailingSpace(codes[n - 1] as number) || codes[n - 1] === LF)) n--;
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  }
  return { text: out, rawIndex: rawIndex.slice(0, n), rawLength: text.length };
}

/** The offset in the normalized text of an offset in the original (dropped characters collapse). */
export function toNormalized(t: NormalizedText, raw: number): number {
  let lo = 0;
  let hi = t.rawIndex.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.rawIndex[mid] as number) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The offset in the original of an offset in the normalized text: a start goes to its character,
 * an end to just after the character before it, so a span never takes in dropped whitespace.
 */
export function toRaw(t: NormalizedText, offset: number, side: 'start' | 'end'): number {
  const n = t.rawIndex.length;
  if (side === 'start' && offset < n) return t.rawIndex[offset] as number;
  if (offset <= 0) return 0;
  return (t.rawIndex[Math.min(offset, n) - 1] as number) + 1;
}
