import type { Block } from '../model/types';
import { asciiWords } from './ascii-words';
import type { Range } from './interval-set';

/** What a coder's coding is compared on: characters, words, sentences, paragraphs or documents. */
export type AgreementUnit = 'character' | 'word' | 'sentence' | 'paragraph' | 'document';

/** The units in the order the command line lists them. */
export const AGREEMENT_UNITS: readonly AgreementUnit[] = [
  'character',
  'word',
  'sentence',
  'paragraph',
  'document',
];

/** A document as units are cut from it: its canonical text (if carried) and its blocks. */
export interface UnitSource {
  text?: string;
  charCount: number;
  /** Absent when only the length was read (character and document units need no more). */
  blocks?: readonly Block[];
}

/**
 * The ranges of a document's units (every unit but `character`, which is handled as runs):
 * words and sentences by Unicode segmentation (`Intl.Segmenter`, the same word boundaries the
 * workbench snaps selections to, with a checked fast path for ASCII text; white space trimmed
 * from sentences); paragraphs from the
 * document's blocks when it has them (Markdown), else blank-line separated paragraphs of the
 * text; the document as one unit. Returns null when the text is needed but the document was
 * exchanged without it.
 */
export function unitRanges(
  unit: Exclude<AgreementUnit, 'character'>,
  doc: UnitSource,
): Range[] | null {
  if (unit === 'document') return [{ start: 0, end: doc.charCount }];
  if (unit === 'paragraph') {
    const blocks = (doc.blocks ?? []).filter((b) => b.end > b.start && b.kind !== 'rule');
    if (blocks.length > 0) return blocks.map((b) => ({ start: b.start, end: b.end }));
  }
  const text = doc.text;
  if (text === undefined) return null;
  if (unit === 'paragraph') return blankLineParagraphs(text);
  if (unit === 'word') {
    const fast = asciiWords(text);
    if (fast) return fast;
  }
  const segmenter = new Intl.Segmenter(undefined, { granularity: unit });
  const ranges: Range[] = [];
  for (const s of segmenter.segment(text)) {
    if (unit === 'word' && !s.isWordLike) continue;
    const trimmed = trim(text, s.index, s.index + s.segment.length);
    if (trimmed) ranges.push(trimmed);
  }
  return ranges;
}

function blankLineParagraphs(text: string): Range[] {
  const ranges: Range[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    const r = trim(text, start, match.index);
    if (r) ranges.push(r);
    start = match.index + match[0].length;
  }
  const last = trim(text, start, text.length);
  if (last) ranges.push(last);
  return ranges;
}

function trim(text: string, start: number, end: number): Range | null {
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}
