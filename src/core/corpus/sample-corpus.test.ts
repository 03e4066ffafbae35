// Tests may read files; the core's purity rule is for shipped code, so node:fs is allowed here.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mark, ParsedDocument } from '../model/types';
import { rangeProblems } from './block-invariants';
import { parseFile } from './parse-file';

/** The sample corpus that ships with the app (see ../shared/corpus/README.md for what each file tests). */
const CORPUS = new URL('../../../resources/corpus/', import.meta.url);

async function load(name: string): Promise<{ source: string; doc: ParsedDocument }> {
  const bytes = readFileSync(new URL(name, CORPUS));
  const outcome = await parseFile({ name, bytes: new Uint8Array(bytes) });
  if (!outcome.ok) throw new Error(outcome.error);
  expect(outcome.warnings).toEqual([]);
  return { source: bytes.toString('utf8'), doc: outcome.document };
}

const textBlocks = (doc: ParsedDocument) => doc.blocks.filter((b) => b.kind !== 'rule');
const blockTexts = (doc: ParsedDocument) =>
  textBlocks(doc).map((b) => doc.text.slice(b.start, b.end));
const markTexts = (doc: ParsedDocument, kind: Mark['kind']) =>
  doc.marks.filter((m) => m.kind === kind).map((m) => doc.text.slice(m.start, m.end));
const count = (text: string, needle: string) => text.split(needle).length - 1;

/** Operative paragraph numbers 1..n, each at the start of exactly one block, in order. */
function expectOperativeNumbers(doc: ParsedDocument, n: number, prefix: RegExp): void {
  const texts = blockTexts(doc);
  const positions: number[] = [];
  for (let number = 1; number <= n; number++) {
    const pattern = new RegExp(`^${prefix.source}${number}\\.\\s`);
    const hits = texts.flatMap((t, i) => (pattern.test(t) ? [i] : []));
    expect(hits, `operative paragraph ${number}.`).toHaveLength(1);
    positions.push(hits[0] as number);
  }
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  const beyond = new RegExp(`^${prefix.source}${n + 1}\\.\\s`);
  expect(texts.some((t) => beyond.test(t))).toBe(false);
}

function expectSoundStructure(doc: ParsedDocument): void {
  expect(rangeProblems(doc.text, doc.blocks, doc.marks)).toEqual([]);
  expect(doc.text).not.toContain('\r');
  expect(doc.encoding).toBe('utf-8');
  expect(doc.encodingFallback).toBe(false);
  expect(doc.charCount).toBe(doc.text.length);
  expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
}

describe('sample corpus', () => {
  it('E-RES-2011-31.md: Markdown becomes clean text with headings, rules, emphasis and superscript marks', async () => {
    const { source, doc } = await load('E-RES-2011-31.md');
    expectSoundStructure(doc);
    expect(doc.format).toBe('md');
    // Counted by hand: 33 text blocks (2 headings, 4 opening lines, 10 preambular paragraphs,
    // 3 footnotes, 12 operative paragraphs, 1 page-break continuation, 1 closing) and 2 page rules.
    expect(textBlocks(doc).length).toBeGreaterThanOrEqual(31);
    expect(textBlocks(doc).length).toBeLessThanOrEqual(35);
    expect(doc.blocks.filter((b) => b.kind === 'rule').every((b) => b.start === b.end)).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === 'rule')).toHaveLength(2);

    expect(doc.text).not.toContain('*');
    expect(doc.text).not.toContain('<sup>');
    expect(doc.text).not.toMatch(/[<>]/);
    expect(doc.text).not.toContain('---');

    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [h.level, doc.text.slice(h.start, h.end)])).toEqual([
      [2, 'Resolution'],
      [
        3,
        'Technical assistance for implementing the international conventions and protocols related to counter-terrorism',
      ],
    ]);
    expect(markTexts(doc, 'strong')).toEqual([
      doc.text.slice(headings[1]!.start, headings[1]!.end),
    ]);

    const verbs = markTexts(doc, 'emphasis').map((t) => t.replace(/^“/, ''));
    for (const verb of [
      'Reaffirming',
      'Stressing again',
      'Recalling also',
      'Taking note',
      'Urges',
      'Requests',
      'Calls upon',
      'Also requests',
    ])
      expect(verbs).toContain(verb);
    expect(verbs.filter((v) => v === 'Urges')).toHaveLength(3); // operative paragraphs 1, 2 and 7

    // Footnote numbers: 1 and 2 in the preamble, 3 after "Taking note", 1 after paragraph 10, and
    // the three footnotes' own numbers.
    const sups = doc.marks.filter((m) => m.kind === 'superscript');
    expect(sups.map((m) => doc.text.slice(m.start, m.end))).toEqual([
      '1',
      '2',
      '1',
      '2',
      '3',
      '3',
      '1',
    ]);
    expect(doc.text.slice(sups[0]!.start - 8, sups[0]!.end)).toBe('Strategy1');
    expect(blockTexts(doc)).toContain('1 General Assembly resolution 60/288.');

    // Curly quotes survive, every one of them.
    expect(count(doc.text, '“')).toBe(count(source, '“'));
    expect(count(doc.text, '”')).toBe(count(source, '”'));
    expect(count(doc.text, '“')).toBeGreaterThan(20);

    // Operative paragraphs here open with a curly quote: “1. *Urges* ...
    expectOperativeNumbers(doc, 12, /“/);
    expect(blockTexts(doc)).toContain('48th plenary meeting\n28 July 2011');
  });

  it('E-RES-2013-32.txt: PDF extract keeps superscript digits and one block per "- n." line', async () => {
    const { doc } = await load('E-RES-2013-32.txt');
    expectSoundStructure(doc);
    expect(doc.marks).toEqual([]);
    // Counted by hand: 41 paragraphs (11 header lines, 10 preambular, 1 footnote, 1 page-break
    // continuation, 15 operative, 2 operative continuations, 1 closing line).
    expect(doc.blocks.length).toBeGreaterThanOrEqual(39);
    expect(doc.blocks.length).toBeLessThanOrEqual(43);
    expectOperativeNumbers(doc, 15, /- /);
    expect(doc.text).toContain('Counter-Terrorism Strategy¹ and the need');
    expect(blockTexts(doc)).toContain('¹ General Assembly resolution 60/288.');
    expect(doc.text).toContain('"The Use of the Internet for Terrorist Purposes"');
  });

  it('A-RES-68-187.txt: tab-indented lines are paragraphs even without blank lines', async () => {
    const { doc } = await load('A-RES-68-187.txt');
    expectSoundStructure(doc);
    // Counted by hand: 40 (a 4-line header, 11 tab-indented preambular lines, 15 operative
    // paragraphs, the closing lines, and 12 blocks of word-processor residue and page furniture).
    expect(doc.blocks.length).toBeGreaterThanOrEqual(38);
    expect(doc.blocks.length).toBeLessThanOrEqual(42);
    expectOperativeNumbers(doc, 15, /(?:)/);
    expect(blockTexts(doc)).toContain('The General Assembly,');
    expect(doc.text).toContain('[DU1]<<ODS JOB NO>>'); // residue is text: nothing is silently removed
    expect(blockTexts(doc).every((t) => !t.startsWith('\t'))).toBe(true);
  });

  it('E-RES-2017-17.txt: 19 operative paragraphs and superscript footnote digits', async () => {
    const { doc } = await load('E-RES-2017-17.txt');
    expectSoundStructure(doc);
    // Counted by hand: 51 (10 header lines, 14 preambular, 6 footnotes, 19 operative, 2 closing).
    expect(doc.blocks.length).toBeGreaterThanOrEqual(49);
    expect(doc.blocks.length).toBeLessThanOrEqual(53);
    // Paragraph 1 stands alone; 2-19 are "- n." lines, several without blank lines between them.
    expectOperativeNumbers(doc, 19, /(?:- )?/);
    for (const digit of ['¹', '²', '³', '⁴', '⁵', '⁶']) expect(doc.text).toContain(digit);
    expect(doc.text).toContain('Counter-Terrorism Strategy⁴ and the need');
    expect(blockTexts(doc)).toContain('⁶ United Nations, Treaty Series, vol. 1577, No. 27531.');
    expect(doc.text).toContain('Agenda item 19 (*c*)'); // plain text: asterisks are characters
  });

  it('gives four different content hashes', async () => {
    const names = [
      'E-RES-2011-31.md',
      'E-RES-2013-32.txt',
      'A-RES-68-187.txt',
      'E-RES-2017-17.txt',
    ];
    const hashes = await Promise.all(names.map(async (n) => (await load(n)).doc.contentHash));
    expect(new Set(hashes).size).toBe(4);
  });
});
