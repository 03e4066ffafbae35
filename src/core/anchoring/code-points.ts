import { isHighSurrogate, isLowSurrogate } from './span';

/**
 * Code point offset of a UTF-16 offset. REFI-QDA and W3C TextPositionSelector count code points;
 * Marginalia counts UTF-16 units (what the DOM uses), so exchange formats convert at the edge.
 * An offset inside a surrogate pair rounds down to the pair's start. Throws when out of range.
 */
export function utf16ToCodePoint(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`UTF-16 offset ${offset} is outside 0..${text.length}`);
  }
  let cp = 0;
  for (let i = 0; i < offset; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (i + 1 >= offset) break;
      i++;
    }
    cp++;
  }
  return cp;
}

/** UTF-16 offset of a code point offset; the inverse of `utf16ToCodePoint`. Throws when out of range. */
export function codePointToUtf16(text: string, cp: number): number {
  if (!Number.isInteger(cp) || cp < 0) throw new RangeError(`Code point offset ${cp} is invalid`);
  let offset = 0;
  for (let n = 0; n < cp; n++) {
    if (offset >= text.length) {
      throw new RangeError(`Code point offset ${cp} is past the end of the text`);
    }
    const pair =
      isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1));
    offset += pair ? 2 : 1;
  }
  return offset;
}

/** Converts many offsets of one text quickly (O(log n) each after an O(n) scan). */
export interface OffsetConverter {
  toCodePoint(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
  /** Length of the text in code points. */
  codePointLength: number;
}

/**
 * Precomputes where a text's surrogate pairs are, for converting every annotation of a long
 * document when exporting or importing (the plain functions rescan the text each time).
 * Same rules and errors as `utf16ToCodePoint` and `codePointToUtf16`.
 */
export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 offsets of the low halves of surrogate pairs: each makes code points lag by one.
  const lows: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      lows.push(i + 1);
      i++;
    }
  }
  const codePointLength = text.length - lows.length;
  /** Number of elements of a sorted array that are < value. */
  const countBelow = (arr: number[], value: number) => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((arr[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Code point offsets at which a pair starts, so toUtf16 can count pairs before a code point.
  const pairStartsCp = lows.map((low, k) => low - 1 - k);
  return {
    codePointLength,
    toCodePoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
        throw new RangeError(`UTF-16 offset ${offset} is outside 0..${text.length}`);
      }
      // Each pair whose low half is before offset counts one code point for two units; a low
      // half exactly at offset means offset is inside a pair, which rounds down to its start.
      return offset - countBelow(lows, offset + 1);
    },
    toUtf16(cp) {
      if (!Number.isInteger(cp) || cp < 0 || cp > codePointLength) {
        throw new RangeError(`Code point offset ${cp} is outside 0..${codePointLength}`);
      }
      return cp + countBelow(pairStartsCp, cp);
    },
  };
}
