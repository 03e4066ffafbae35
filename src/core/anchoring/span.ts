/** A half-open range [start, end) of UTF-16 code units in a document's canonical text. */
export interface Span {
  start: number;
  end: number;
}

/** Whether the code unit is the first half of a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether the code unit is the second half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether `offset` falls between the two halves of a surrogate pair, where no selection should
 * ever start or end (it would cut an emoji or a CJK Extension character in two).
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * Makes any span safe to use on `text`: integer offsets, ordered, inside [0, text.length], and
 * never inside a surrogate pair (start moves back, end moves forward, so the span only grows).
 * Used on offsets from the DOM, from files and from other tools, which can be anything.
 */
export function clampSpan(text: string, span: Span): Span {
  const fix = (n: number) =>
    Number.isFinite(n) ? Math.min(text.length, Math.max(0, Math.trunc(n))) : 0;
  let start = fix(span.start);
  let end = fix(span.end);
  if (start > end) [start, end] = [end, start];
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  return { start, end };
}
