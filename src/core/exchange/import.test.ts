import { describe, expect, it } from 'vitest';
import { exportProject } from './export';
import { parseExchangeFile, type ImportProblem } from './import';
import { sampleProject } from './test-support/sample-project';
import { EXCHANGE_VERSION } from './schema';

const NOW = '2026-11-24T12:00:00.000Z';

/** The sample project exported, parsed back to a plain object to break in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
function sampleJson(): Record<string, any> {
  return JSON.parse(exportProject(sampleProject(), { includeTexts: true }, NOW));
}

function problemsOf(value: unknown): ImportProblem[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const result = parseExchangeFile('broken.json', text);
  if (result.ok) throw new Error('expected problems');
  expect(result.fileName).toBe('broken.json');
  return result.problems;
}

describe('parseExchangeFile', () => {
  it('reads a sound file, with or without a BOM', () => {
    const text = exportProject(sampleProject(), { includeTexts: true }, NOW);
    const result = parseExchangeFile('ok.json', `\uFEFF${text}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.annotations.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('locates invalid JSON by line and column', () => {
    const text = exportProject(sampleProject(), { includeTexts: true }, NOW).replace(
      `"version": ${EXCHANGE_VERSION},`,
      `"version": ${EXCHANGE_VERSION},,`,
    );
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: '', line: 3, column: 16 });
    expect(problem?.message).toMatch(/line 3, column 16/);
  });

  it('rejects another format or a newer version with one clear message', () => {
    expect(problemsOf({ format: 'marginalia-codebook', version: 1, codes: [] })).toEqual([
      { path: 'format', message: expect.stringMatching(/codebook file/) },
    ]);
    expect(problemsOf([1, 2])[0]?.message).toMatch(/JSON object/);
    const newer = { ...sampleJson(), version: EXCHANGE_VERSION + 1 };
    expect(problemsOf(newer)).toEqual([
      { path: 'version', message: expect.stringMatching(/newer version/) },
    ]);
  });

  it("reads a consensus annotation's provenance, and refuses a source named twice or itself", () => {
    const json = sampleJson();
    json.annotations[1].derivedFrom = [json.annotations[0].id, 'elsewhere'];
    const read = parseExchangeFile('ok.json', JSON.stringify(json));
    expect(read.ok && read.data.annotations[1]?.derivedFrom).toEqual([
      json.annotations[0].id,
      'elsewhere',
    ]);
    json.annotations[1].derivedFrom = ['x', 'x', json.annotations[1].id];
    json.annotations[0].derivedFrom = [];
    expect(problemsOf(json).map((p) => p.path)).toEqual([
      'annotations[0].derivedFrom',
      'annotations[1].derivedFrom[1]',
      'annotations[1].derivedFrom[2]',
    ]);
  });

  it('reports every schema violation with its path and record id', () => {
    const json = sampleJson();
    json.annotations[1].start = -3;
    json.annotations[0].codeIds = 'c1';
    json.codes[2].color = 'red';
    json.documents[0].surprise = true;
    json.exportedAt = 'yesterday';
    delete json.project.name;
    const problems = problemsOf(json);
    const at = (path: string) => problems.find((p) => p.path === path);
    expect(at('annotations[1].start')).toMatchObject({ recordId: 'a2' });
    expect(at('annotations[0].codeIds')).toMatchObject({ recordId: 'a1' });
    expect(at('codes[2].color')).toMatchObject({ recordId: 'c3' });
    expect(at('documents[0]')).toMatchObject({
      recordId: 'd1',
      message: expect.stringMatching(/surprise/),
    });
    expect(at('exportedAt')).toBeDefined();
    expect(at('project.name')).toMatchObject({ recordId: 'p1' });
    expect(problems).toHaveLength(6);
  });

  it('reports broken references, offsets, quotes and duplicates (a cycle is no problem)', () => {
    const json = sampleJson();
    json.annotations.push(
      { ...json.annotations[0], id: 'a3', documentId: 'nope' },
      { ...json.annotations[0], id: 'a4', codeIds: ['c1', 'ghost', 'c1'] },
      { ...json.annotations[0], id: 'a5', start: 9, end: 9, quote: '' },
      { ...json.annotations[0], id: 'a6', start: 40, end: 99 },
      { ...json.annotations[0], id: 'a7', quote: 'VICTIMS' },
      { ...json.annotations[0] },
    );
    json.codes[0].parentId = 'c2'; // c1 → c2 → c1
    json.codes[2].parentId = 'missing';
    json.documents[0].charCount = 3;
    const problems = problemsOf(json);
    const summary = problems.map((p) => `${p.path} ${p.recordId}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'annotations[2].documentId a3',
        'annotations[3].codeIds[1] a4',
        'annotations[3].codeIds[2] a4',
        'annotations[4].end a5',
        'annotations[5].end a6',
        'annotations[6].quote a7',
        'annotations[7].id a1',
        'codes[2].parentId c3',
        'documents[0].charCount d1',
      ]),
    );
    expect(problems.find((p) => p.recordId === 'a6')?.message).toMatch(/past the end/);
    expect(problems.filter((p) => /cycle/.test(p.message))).toEqual([]);
  });

  it('reads a file whose code parents form a cycle, with one warning naming the codes', () => {
    const json = sampleJson();
    json.codes[0].parentId = 'c2'; // c1 → c2 → c1
    const result = parseExchangeFile('moved.json', JSON.stringify(json));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.warnings).toEqual([
      {
        path: 'codes[0].parentId',
        recordId: 'c1',
        message: expect.stringMatching(
          /^Code parents form a cycle: Harm → Victims → Harm .*“Harm” is shown at the top level/,
        ),
      },
    ]);
    expect(result.data.codes.find((c) => c.id === 'c1')?.parentId).toBe('c2');
    const sound = parseExchangeFile('ok.json', JSON.stringify(sampleJson()));
    expect(sound.ok && sound.warnings).toEqual([]);
  });

  it('checks quote lengths when the texts were left out', () => {
    const json = JSON.parse(exportProject(sampleProject(), { includeTexts: false }, NOW));
    expect(parseExchangeFile('no-text.json', JSON.stringify(json)).ok).toBe(true);
    json.annotations[0].quote = 'victim';
    expect(problemsOf(json).map((p) => p.path)).toEqual(['annotations[0].quote']);
  });

  it('reports records of another project', () => {
    const json = sampleJson();
    json.codes[1].projectId = 'p2';
    expect(problemsOf(json)).toEqual([
      { path: 'codes[1].projectId', recordId: 'c2', message: expect.stringMatching(/p2/) },
    ]);
  });
});
