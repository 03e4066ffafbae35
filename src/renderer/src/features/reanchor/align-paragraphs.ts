/** A paragraph of a text: a non-blank line, as offsets into the text (end-exclusive). */
export interface Paragraph {
  start: number;
  end: number;
}

/** One row of the compare view: a paragraph of each side, or of one side only. */
export interface AlignedRow {
  left: Paragraph | null;
  right: Paragraph | null;
}

/**
 * The paragraphs of a text: its non-blank lines, trailing whitespace kept out. Lines, not
 * blank-line blocks, because PDF extractions and word-processor texts (the sample corpus) put
 * one paragraph per line and differ in how many blank lines lie between.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

/**
 * The words that tell paragraphs apart: four letters or more, so "the", "of" and "and" (a third
 * of any resolution) do not make unrelated paragraphs look alike.
 */
const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4);

/** How alike two paragraphs are by the words they share (Dice coefficient over word counts). */
export function paragraphSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Below this similarity two paragraphs are not shown side by side. */
const MIN_SIMILARITY = 0.4;
/** Above this many cells the alignment pairs only identical paragraphs (a very long text). */
const MAX_CELLS = 4_000_000;

/**
 * Aligns the paragraphs of two texts for the compare view: an order-keeping pairing that
 * maximizes the summed word similarity of paired paragraphs (a weighted longest common
 * subsequence), so an edited paragraph sits beside its new version and an added or dropped one
 * stands alone. Rows keep both texts' order.
 */
export function alignParagraphs(leftText: string, rightText: string): AlignedRow[] {
  const left = paragraphsOf(leftText);
  const right = paragraphsOf(rightText);
  const lw = left.map((p) => wordsOf(leftText.slice(p.start, p.end)));
  const rw = right.map((p) => wordsOf(rightText.slice(p.start, p.end)));
  const n = left.length;
  const m = right.length;
  const tooBig = n * m > MAX_CELLS;
  const sim = (i: number, j: number) => {
    if (tooBig)
      return leftText.slice(left[i]!.start, left[i]!.end) ===
        rightText.slice(right[j]!.start, right[j]!.end)
        ? 1
        : 0;
    const s = paragraphSimilarity(lw[i]!, rw[j]!);
    return s >= MIN_SIMILARITY ? s : 0;
  };
  // best[i][j]: the best total for left[i..] and right[j..], in one flat array.
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j);
      const pair = s > 0 ? s + best[(i + 1) * width + j + 1]! : 0;
      best[i * width + j] = Math.max(pair, best[(i + 1) * width + j]!, best[i * width + j + 1]!);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i * width + j]!;
    const s = sim(i, j);
    if (s > 0 && here === s + best[(i + 1) * width + j + 1]!) {
      rows.push({ left: left[i++]!, right: right[j++]! });
    } else if (here === best[(i + 1) * width + j]) {
      rows.push({ left: left[i++]!, right: null });
    } else {
      rows.push({ left: null, right: right[j++]! });
    }
  }
  while (i < n) rows.push({ left: left[i++]!, right: null });
  while (j < m) rows.push({ left: null, right: right[j++]! });
  return rows;
}
