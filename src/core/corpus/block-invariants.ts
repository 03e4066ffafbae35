import { splitsSurrogatePair } from '../anchoring/span';
import type { Block, Mark } from '../model/types';
import { isWhitespaceCode } from './whitespace';

/** One broken promise about a document's ranges: where (`blocks[2].end`, `marks`) and what. */
export interface RangeProblem {
  /** Path inside the document, e.g. `blocks[2].end`; `blocks` for the blocks as a whole. */
  path: string;
  message: string;
}

/**
 * Checks the promises every parser makes about its ranges and returns what is broken (empty when
 * all hold): ranges inside the text, end >= start, blocks in order and not overlapping, together
 * covering every non-whitespace character (the surface shows only text inside blocks), marks
 * non-empty, ordered by start and each inside one block, no range boundary splitting a surrogate
 * pair. Parser tests use it, and every importer runs it to refuse a document the workbench could
 * not show or anchor. Linear in the text plus (marks × log blocks).
 */
export function rangeProblems(
  text: string,
  blocks: readonly Block[],
  marks: readonly Mark[],
): RangeProblem[] {
  return [
    ...rangeOrderProblems(text.length, blocks, marks, (offset) =>
      splitsSurrogatePair(text, offset),
    ),
    ...coverageProblems(text, blocks),
  ];
}

/**
 * The checks of `rangeProblems` that need only the text's length (what an exchange file exported
 * without texts still allows): bounds, order, overlap, empty marks, marks inside one block; and
 * surrogate pairs when `splitsPair` can tell.
 */
export function rangeOrderProblems(
  length: number,
  blocks: readonly Block[],
  marks: readonly Mark[],
  splitsPair: (offset: number) => boolean = () => false,
): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const checkRange = (at: string, r: { start: number; end: number }) => {
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0) {
      problems.push({ path: `${at}.start`, message: `[${r.start}, ${r.end}) is not a range` });
    } else if (r.end < r.start) {
      problems.push({ path: `${at}.end`, message: `End ${r.end} is before start ${r.start}` });
    } else if (r.end > length) {
      problems.push({
        path: `${at}.end`,
        message: `End ${r.end} is past the end of the text (${length})`,
      });
    } else {
      for (const [field, offset] of [
        ['start', r.start],
        ['end', r.end],
      ] as const) {
        if (splitsPair(offset)) {
          problems.push({
            path: `${at}.${field}`,
            message: `${offset} splits a character in two (a UTF-16 surrogate pair)`,
          });
        }
      }
    }
  };
  blocks.forEach((block, i) => {
    checkRange(`blocks[${i}]`, block);
    const previous = blocks[i - 1];
    if (previous && block.start < previous.end) {
      problems.push({
        path: `blocks[${i}].start`,
        message: `Block starts at ${block.start}, inside or before the block before it (${previous.start}-${previous.end})`,
      });
    }
  });
  marks.forEach((mark, i) => {
    checkRange(`marks[${i}]`, mark);
    if (mark.end === mark.start) {
      problems.push({ path: `marks[${i}]`, message: `Mark is empty (${mark.start}-${mark.end})` });
    }
    const previous = marks[i - 1];
    if (previous && mark.start < previous.start) {
      problems.push({
        path: `marks[${i}].start`,
        message: `Mark starts at ${mark.start}, before the mark before it (${previous.start})`,
      });
    }
    const block = blocks[lastBlockStartingAtOrBefore(blocks, mark.start)];
    if (!block || mark.end > block.end) {
      problems.push({
        path: `marks[${i}]`,
        message: `Mark ${mark.start}-${mark.end} is not inside one block`,
      });
    }
  });
  return problems;
}

/** Binary search over blocks in order: the last one starting at or before `offset`, or -1. */
function lastBlockStartingAtOrBefore(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as Block).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Text the blocks leave out that is not white space: the surface renders only text inside
 * blocks, so it (and any annotation on it) would be invisible. One problem per document, naming
 * the first such offset and how many characters there are.
 */
export function coverageProblems(text: string, blocks: readonly Block[]): RangeProblem[] {
  const sorted = blocks
    .filter((b) => Number.isInteger(b.start) && Number.isInteger(b.end))
    .sort((a, b) => a.start - b.start);
  let first = -1;
  let uncovered = 0;
  let at = 0;
  const scanGap = (end: number) => {
    for (; at < end; at++) {
      if (!isWhitespaceCode(text.charCodeAt(at))) {
        if (first < 0) first = at;
        uncovered++;
      }
    }
  };
  for (const block of sorted) {
    scanGap(Math.min(block.start, text.length));
    at = Math.max(at, Math.min(block.end, text.length));
  }
  scanGap(text.length);
  if (uncovered === 0) return [];
  return [
    {
      path: 'blocks',
      message: `${uncovered.toLocaleString('en-US')} character${uncovered === 1 ? '' : 's'} of the text, the first at ${first}, ${uncovered === 1 ? 'is' : 'are'} outside every block and would not be shown`,
    },
  ];
}
