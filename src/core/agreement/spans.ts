import { AgreementInputError } from './input-error';
import { compareValues, valueKey, type CodeValue } from './values';

/** A span a coder marked on the continuum, half-open [start, end), with the value they gave it. */
export interface Span {
  start: number;
  end: number;
  value: CodeValue;
}

/**
 * Reliability data for unitizing: a common continuum [start, end) (characters of a text) and,
 * for each coder, the spans they marked. A coder who marked nothing has an empty list.
 */
export interface SpanData {
  continuum: [number, number];
  coders: Span[][];
}

/** A piece of one coder's segmentation: a marked span (value) or a gap between spans (null). */
export interface Segment {
  start: number;
  end: number;
  value: CodeValue | null;
}

/**
 * Checks span data and returns each coder's spans sorted, zero-length spans left out (they carry
 * no length, so no unitizing measure can see them). `overlap` says which overlaps within one
 * coder are refused: `any` (the 2016 family partitions the continuum into mutually exclusive
 * segments) or `same-value` (Krippendorff's 1995/2004 alpha-U, per value).
 */
export function checkSpans(data: SpanData, overlap: 'any' | 'same-value'): Span[][] {
  const [begin, end] = data.continuum;
  if (!(Number.isInteger(begin) && Number.isInteger(end) && begin < end))
    throw new AgreementInputError(
      `The continuum must be [start, end) with whole numbers and start < end; got [${begin}, ${end}]`,
    );
  if (data.coders.length < 2)
    throw new AgreementInputError(
      `Agreement needs two or more coders; the data have ${data.coders.length}`,
    );
  return data.coders.map((spans, coder) => {
    for (const s of spans)
      if (!(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= begin &&
        s.end <= end &&
        s.start <= s.end
      ))
        throw new AgreementInputError(
          `Coder ${coder + 1}: span [${s.start}, ${s.end}] must lie within the continuum [${begin}, ${end}] with start ≤ end`,
        );
    const sorted = spans
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const lastEnd = new Map<string, Span>();
    let previous: Span | undefined;
    for (const s of sorted) {
      const key = overlap === 'any' ? '' : valueKey(s.value);
      const before = overlap === 'any' ? previous : lastEnd.get(key);
      if (before && before.end > s.start)
        throw new AgreementInputError(
          `Coder ${coder + 1}: spans [${before.start}, ${before.end}] and [${s.start}, ${s.end}] overlap` +
            (overlap === 'any'
              ? ' (these measures need each coder’s spans to be mutually exclusive)'
              : ` with the same value ${JSON.stringify(s.value)}`),
        );
      if (!before || s.end > before.end) {
        lastEnd.set(key, s);
        previous = s;
      }
    }
    return sorted;
  });
}

/** One coder's sorted, non-overlapping spans with the gaps between them filled in. */
export function segmentsOf(
  spans: readonly Span[],
  continuum: readonly [number, number],
): Segment[] {
  const segments: Segment[] = [];
  let position = continuum[0];
  for (const s of spans) {
    if (s.start > position) segments.push({ start: position, end: s.start, value: null });
    segments.push({ start: s.start, end: s.end, value: s.value });
    position = s.end;
  }
  if (position < continuum[1]) segments.push({ start: position, end: continuum[1], value: null });
  return segments;
}

/**
 * Calls `visit` for every pair of segments, one from each list, that share a positive length, in
 * continuum order: one merge walk, linear in the number of segments.
 */
export function forEachIntersection(
  first: readonly Segment[],
  second: readonly Segment[],
  visit: (a: Segment, b: Segment, length: number) => void,
): void {
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as Segment;
    const b = second[j] as Segment;
    const length = Math.min(a.end, b.end) - Math.max(a.start, b.start);
    if (length > 0) visit(a, b, length);
    if (a.end <= b.end) i++;
    else j++;
  }
}

/** The distinct values of the spans, sorted. */
export function spanValues(coders: readonly Span[][]): CodeValue[] {
  const seen = new Map<string, CodeValue>();
  for (const spans of coders) for (const s of spans) seen.set(valueKey(s.value), s.value);
  return [...seen.values()].sort(compareValues);
}
