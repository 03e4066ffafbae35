import type { Block, Mark } from '../model/types';

/**
 * Checks the promises every parser makes about its ranges and returns what is broken (empty when
 * all hold): ranges inside the text, end >= start, blocks in order and not overlapping, marks
 * non-empty, ordered by start and each inside one block, no range boundary splitting a surrogate
 * pair. Used by tests and available to importers that want to refuse a corrupt document.
 */
export function rangeProblems(
  text: string,
  blocks: readonly Block[],
  marks: readonly Mark[],
): string[] {
  const problems: string[] = [];
  const splitsPair = (offset: number) =>
    offset > 0 &&
    offset < text.length &&
    (text.charCodeAt(offset) & 0xfc00) === 0xdc00 &&
    (text.charCodeAt(offset - 1) & 0xfc00) === 0xd800;
  const checkRange = (what: string, r: { start: number; end: number }) => {
    if (
      !Number.isInteger(r.start) ||
      !Number.isInteger(r.end) ||
      r.start < 0 ||
      r.end > text.length ||
      r.end < r.start
    )
      problems.push(`${what} [${r.start}, ${r.end}) is outside the text (length ${text.length})`);
    if (splitsPair(r.start) || splitsPair(r.end))
      problems.push(`${what} [${r.start}, ${r.end}) splits a surrogate pair`);
  };
  blocks.forEach((block, i) => {
    checkRange(`block ${i}`, block);
    const previous = blocks[i - 1];
    if (previous && block.start < previous.end)
      problems.push(`block ${i} overlaps or precedes block ${i - 1}`);
  });
  marks.forEach((mark, i) => {
    checkRange(`mark ${i}`, mark);
    if (mark.end === mark.start) problems.push(`mark ${i} is empty`);
    const previous = marks[i - 1];
    if (previous && mark.start < previous.start)
      problems.push(`mark ${i} starts before mark ${i - 1}`);
    if (!blocks.some((b) => b.start <= mark.start && mark.end <= b.end))
      problems.push(`mark ${i} [${mark.start}, ${mark.end}) is not inside one block`);
  });
  return problems;
}
