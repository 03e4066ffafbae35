import type { Span } from './types';

/** How `findAll` compares text. */
export interface FindOptions {
  /** Match letter case exactly (default false). */
  caseSensitive?: boolean;
  /** Treat `é` as `e`, `ñ` as `n` and so on (default false). */
  diacriticInsensitive?: boolean;
}

/** Folded text plus, for each folded code unit, the span of the original code point it came from. */
interface Folded {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

let cache: { source: string; key: string; folded: Folded } | null = null;

/**
 * Every non-overlapping occurrence of `query` in `text`, in order, as spans of the original text
 * (for Ctrl+F: the count, the current match, next and previous). Folding is done per code point
 * with a map back to original offsets, because lower-casing or stripping accents can change a
 * string's length. Pure; the folded text is cached for the last text searched.
 */
export function findAll(text: string, query: string, options: FindOptions = {}): Span[] {
  if (query.length === 0 || text.length === 0) return [];
  const caseSensitive = options.caseSensitive ?? false;
  const diacritics = options.diacriticInsensitive ?? false;
  if (caseSensitive && !diacritics) return plainMatches(text, query);
  const key = `${caseSensitive}:${diacritics}`;
  if (!cache || cache.source !== text || cache.key !== key) {
    cache = { source: text, key, folded: foldText(text, caseSensitive, diacritics) };
  }
  const { folded } = cache;
  // Per code point, like the text (whole-string lower-casing differs, e.g. Greek final sigma).
  const needle = foldText(query, caseSensitive, diacritics).text;
  if (needle.length === 0) return [];
  const spans: Span[] = [];
  for (
    let i = folded.text.indexOf(needle);
    i >= 0;
    i = folded.text.indexOf(needle, i + needle.length)
  ) {
    if (i > 0 && folded.from[i] === folded.from[i - 1]) continue;
    const start = folded.from[i]!;
    let end = folded.to[i + needle.length - 1]!;
    // A folded match may end inside a code point's expansion or before marks stripped from it.
    const next = i + needle.length;
    if (next < folded.text.length && folded.from[next] === folded.from[next - 1]) continue;
    if (next < folded.text.length) end = Math.max(end, folded.from[next]!);
    else end = text.length;
    spans.push({ start, end });
  }
  return spans;
}

function plainMatches(text: string, query: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + query.length)) {
    spans.push({ start: i, end: i + query.length });
  }
  return spans;
}

function foldString(s: string, caseSensitive: boolean, diacritics: boolean): string {
  // Final sigma is the same letter as sigma once case is ignored.
  let out = caseSensitive ? s : s.toLowerCase().replace(/ς/g, 'σ');
  if (diacritics) out = out.normalize('NFD').replace(/\p{M}/gu, '');
  return out;
}

function foldText(text: string, caseSensitive: boolean, diacritics: boolean): Folded {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    // ASCII folds to itself or its lower case; skip the slow path for it.
    const f =
      cp < 0x80
        ? caseSensitive
          ? ch
          : ch.toLowerCase()
        : foldString(ch, caseSensitive, diacritics);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    out += f;
    i += width;
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}
