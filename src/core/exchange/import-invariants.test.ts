import { describe, expect, it } from 'vitest';
import { exportProject } from './export';
import { parseExchangeFile, type ImportProblem } from './import';
import { sampleProject } from './test-support/sample-project';

const NOW = '2026-11-24T12:00:00.000Z';
const TEXT = sampleProject().documents[0]?.text ?? '';
const EMOJI = TEXT.indexOf('👍🏽');

/** The sample project exported, parsed back to a plain object to break in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
function sampleJson(includeTexts = true): Record<string, any> {
  return JSON.parse(exportProject(sampleProject(), { includeTexts }, NOW));
}

function parse(json: unknown) {
  return parseExchangeFile('file.json', JSON.stringify(json));
}

/** The problems of a file that must be refused, as `path [id]: message` lines. */
function problemsOf(json: unknown): ImportProblem[] {
  const result = parse(json);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const at = (problems: ImportProblem[]) => problems.map((p) => `${p.path} ${p.recordId ?? ''}`);

describe('documents the workbench could not show whole are refused', () => {
  it('accepts the sample as it is', () => {
    expect(parse(sampleJson()).ok).toBe(true);
  });

  it('refuses blocks that leave text out, with the path, id and where the text starts', () => {
    const json = sampleJson();
    json.documents[0].blocks = [{ kind: 'paragraph', start: 0, end: 11 }];
    const problems = problemsOf(json);
    expect(at(problems)).toEqual(['documents[0].blocks d1']);
    expect(problems[0]?.message).toMatch(/the first at 12.*outside every block/);
  });

  it('refuses `blocks: []` on a non-empty text, accepts it on white space only', () => {
    const json = sampleJson();
    json.documents[0].blocks = [];
    expect(at(problemsOf(json))).toEqual(['documents[0].blocks d1']);
    // The exported texts without blocks: nothing to show is fine when there is nothing but space.
    const blank = sampleJson();
    blank.documents[0].text = ' \n\t ';
    blank.documents[0].charCount = 4;
    blank.documents[0].blocks = [];
    blank.annotations = [];
    expect(parse(blank).ok).toBe(true);
  });

  it('refuses overlapping and out-of-order blocks', () => {
    const json = sampleJson();
    json.documents[0].blocks = [
      { kind: 'paragraph', start: 0, end: 20 },
      { kind: 'paragraph', start: 10, end: TEXT.length },
    ];
    expect(at(problemsOf(json))).toEqual(['documents[0].blocks[1].start d1']);
    json.documents[0].blocks = [
      { kind: 'paragraph', start: 20, end: TEXT.length },
      { kind: 'paragraph', start: 0, end: 20 },
    ];
    expect(at(problemsOf(json))).toEqual(['documents[0].blocks[1].start d1']);
  });

  it('refuses block and mark ends that split a surrogate pair', () => {
    const json = sampleJson();
    json.documents[0].blocks = [
      { kind: 'paragraph', start: 0, end: EMOJI + 1 },
      { kind: 'paragraph', start: EMOJI + 1, end: TEXT.length },
    ];
    expect(at(problemsOf(json))).toEqual([
      'documents[0].blocks[0].end d1',
      'documents[0].blocks[1].start d1',
    ]);
    const marked = sampleJson();
    marked.documents[0].marks = [{ kind: 'emphasis', start: 0, end: EMOJI + 3 }];
    expect(problemsOf(marked)[0]).toMatchObject({
      path: 'documents[0].marks[0].end',
      recordId: 'd1',
      message: expect.stringMatching(/surrogate pair/),
    });
  });

  it('refuses empty marks, marks out of order and marks outside every block', () => {
    const json = sampleJson();
    json.documents[0].blocks = [
      { kind: 'paragraph', start: 0, end: 24 },
      { kind: 'paragraph', start: 25, end: TEXT.length },
    ];
    json.documents[0].marks = [
      { kind: 'strong', start: 4, end: 11 },
      { kind: 'emphasis', start: 2, end: 2 },
      { kind: 'emphasis', start: 20, end: 30 },
    ];
    expect(at(problemsOf(json))).toEqual([
      'documents[0].marks[1] d1',
      'documents[0].marks[1].start d1',
      'documents[0].marks[2] d1',
    ]);
  });

  it('checks blocks against the character count when the texts were left out', () => {
    const json = sampleJson(false);
    expect(parse(json).ok).toBe(true);
    json.documents[0].blocks = [{ kind: 'paragraph', start: 0, end: TEXT.length + 1 }];
    expect(at(problemsOf(json))).toEqual(['documents[0].blocks[0].end d1']);
  });
});

describe('annotations the workbench could not anchor are refused', () => {
  it('pins the end of the text: an end at the length is fine, one past it is not', () => {
    const json = sampleJson();
    const last = { ...json.annotations[0], id: 'a3', start: TEXT.length - 6, end: TEXT.length };
    Object.assign(last, { quote: 'spoke.', prefix: TEXT.slice(5, TEXT.length - 6), suffix: '' });
    json.annotations.push(last);
    expect(parse(json).ok).toBe(true);
    last.end = TEXT.length + 1;
    last.quote = 'spoke.x';
    const problems = problemsOf(json);
    expect(problems).toEqual([
      {
        path: 'annotations[2].end',
        recordId: 'a3',
        message: `End ${TEXT.length + 1} is past the end of the document (${TEXT.length})`,
      },
    ]);
    // The same without texts: the character count is the end.
    const bare = sampleJson(false);
    bare.annotations.push({ ...last, end: TEXT.length + 1 });
    expect(at(problemsOf(bare))).toEqual(['annotations[2].end a3']);
    bare.annotations[2] = { ...last, end: TEXT.length, quote: 'spoke.' };
    expect(parse(bare).ok).toBe(true);
  });

  it('refuses an annotation start or end inside a surrogate pair', () => {
    const json = sampleJson();
    const quote = TEXT.slice(EMOJI + 1, EMOJI + 3);
    json.annotations[0] = {
      ...json.annotations[0],
      start: EMOJI + 1,
      end: EMOJI + 3,
      quote,
      prefix: TEXT.slice(0, EMOJI + 1),
      suffix: TEXT.slice(EMOJI + 3),
    };
    expect(at(problemsOf(json))).toEqual(['annotations[0].start a1', 'annotations[0].end a1']);
  });

  it('refuses a prefix or suffix that is not the text around the quote', () => {
    const json = sampleJson();
    json.annotations[0].prefix = 'A ';
    json.annotations[1].suffix = '! 👍🏽';
    expect(at(problemsOf(json))).toEqual(['annotations[0].prefix a1', 'annotations[1].suffix a2']);
    const longer = sampleJson();
    longer.annotations[0].prefix = `xx${longer.annotations[0].prefix}`;
    expect(at(problemsOf(longer))).toEqual(['annotations[0].prefix a1']);
    const shorter = sampleJson();
    shorter.annotations[0].prefix = 'he ';
    shorter.annotations[0].suffix = ' were';
    expect(parse(shorter).ok).toBe(true); // shorter context is still the text around the quote
  });

  it('checks context lengths when the texts were left out', () => {
    const json = sampleJson(false);
    json.annotations[0].prefix = 'x'.repeat(5); // only 4 units before the quote
    expect(at(problemsOf(json))).toEqual(['annotations[0].prefix a1']);
  });

  it('checks annotation versions kept in unresolved conflicts too', () => {
    const json = sampleJson();
    const version = { ...json.annotations[0], end: TEXT.length + 5, memo: 'theirs' };
    json.conflicts = [{ kind: 'annotation', record: version }];
    expect(at(problemsOf(json))).toEqual(['conflicts[0].record.end a1']);
    json.conflicts = [{ kind: 'annotation', record: { ...json.annotations[0], memo: 'theirs' } }];
    expect(parse(json).ok).toBe(true);
  });
});
