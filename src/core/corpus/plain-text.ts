import type { Block, Mark } from '../model/types';
import { isWhitespaceCode } from './whitespace';

/**
 * A line that opens a paragraph of its own even without a blank line before it:
 * - a first line indented with a tab, the word-processor convention (`A-RES-68-187.txt` has one
 *   paragraph per tab-indented line and no blank lines at all);
 * - a list marker (`- `, `* `, `• `, `1. `, `1) `, `(a) `), as in PDF extracts where numbered
 *   operative paragraphs follow each other line by line (`E-RES-2017-17.txt`).
 * Coders code per paragraph, so one block per such line matters more than keeping hard-wrapped
 * prose that happens to start a line with `12. ` together.
 */
const OPENS_PARAGRAPH = /^(?:\t|[ \t]*(?:[-*•‣◦]|\d{1,3}[.)]|\((?:\d{1,3}|[a-z]{1,4})\))[ \t]+\S)/;

/**
 * Splits plain text into paragraph blocks. Blank lines (whitespace only) separate paragraphs; a
 * tab-indented or list-marker line also starts one (see `OPENS_PARAGRAPH`). Each block's
 * [start, end) runs from its first to just after its last non-whitespace character, so blocks
 * are in order, never overlap and together cover every non-whitespace character. Plain text has
 * no inline marks: superscript digits such as ¹ are characters of the text.
 */
export function parsePlainText(text: string): { blocks: Block[]; marks: Mark[] } {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && isWhitespaceCode(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      current = null; // blank line: the paragraph, if any, has ended
    } else {
      let last = lineEnd;
      while (isWhitespaceCode(text.charCodeAt(last - 1))) last--;
      if (current && !OPENS_PARAGRAPH.test(text.slice(lineStart, Math.min(lineEnd, first + 12)))) {
        current.end = last;
      } else {
        current = { kind: 'paragraph', start: first, end: last };
        blocks.push(current);
      }
    }
    lineStart = lineEnd + 1;
  }
  return { blocks, marks: [] };
}
