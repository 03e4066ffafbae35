import { describe, expect, it } from 'vitest';
import { exportProject } from './export';
import { parseExchangeFile, type ImportProblem } from './import';
import { sampleProject } from './test-support/sample-project';

const NOW = '2026-11-24T12:00:00.000Z';

function problemsOf(text: string): ImportProblem[] {
  const result = parseExchangeFile('hostile.json', text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** Everything a person would see, as one string: it must stay short. */
const shown = (problems: ImportProblem[]) =>
  problems.map((p) => `${p.path} ${p.recordId ?? ''} ${p.message}`).join('\n');

// Built as text: JSON.stringify itself overflows on a value nested this deep.
const nested = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
const LONG = 'v'.repeat(5_000_000);

describe('hostile values in an exchange file are described, never echoed', () => {
  it('describes a format or version nested 5,000 deep without crashing', () => {
    const format = problemsOf(`{"format": ${nested(5_000)}, "version": 2}`);
    expect(format).toEqual([
      { path: 'format', message: expect.stringContaining('format is an array nested 5,000 deep') },
    ]);
    const version = problemsOf(`{"format": "marginalia-exchange", "version": ${nested(5_000)}}`);
    expect(version).toEqual([
      { path: 'version', message: expect.stringContaining('an array nested 5,000 deep') },
    ]);
    const object = problemsOf(`{"format": {"a": {"b": [1]}}, "version": 2}`);
    expect(object[0]?.message).toContain('an object nested 3 deep');
  });

  it('describes a multi-megabyte format, version, key or id by its length', () => {
    const format = problemsOf(JSON.stringify({ format: LONG, version: 2 }));
    expect(format[0]?.message).toContain('a string of 5,000,000 characters');
    const version = problemsOf(JSON.stringify({ format: 'marginalia-exchange', version: LONG }));
    expect(version[0]?.message).toContain('a string of 5,000,000 characters');
    const json = JSON.parse(exportProject(sampleProject(), { includeTexts: true }, NOW));
    json[LONG] = 1;
    json.codes[0][LONG] = 1;
    json.codes[1].id = 'i'.repeat(1_000_000);
    json.project.name = { [LONG]: nested(3) };
    json.codes.push({ ...json.codes[2] }, { ...json.codes[2] });
    const problems = problemsOf(JSON.stringify(json));
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(shown(problems).length).toBeLessThan(2_000);
    expect(shown(problems)).toMatch(/Unrecognized key: a string of 5,000,000 characters/);
    expect(problems.find((p) => p.path === 'codes[1].id')).toBeDefined();
    expect(problems.find((p) => p.path === 'codes[1].id')?.recordId).toBeUndefined();
    expect(problems.find((p) => p.path === 'codes[4].id')).toMatchObject({ recordId: 'c3' });
  });

  it('names at most a few of thousands of unknown keys', () => {
    const json = JSON.parse(exportProject(sampleProject(), { includeTexts: true }, NOW));
    for (let i = 0; i < 10_000; i++) json.project[`extra${i}`] = i;
    const [problem] = problemsOf(JSON.stringify(json));
    expect(problem?.message).toMatch(/^Unrecognized keys: "extra0", .* and 9,995 more$/);
  });

  it('survives 5,000 levels of nesting in every field of a record and of the file', () => {
    const text = exportProject(sampleProject(), { includeTexts: true }, NOW);
    const deep = nested(5_000);
    const hostile = text
      .replace('"name": "Harm"', `"name": ${deep}`)
      .replace('"memo": "key"', `"memo": ${deep}, "extra": ${deep}`)
      .replace('"conflicts": []', `"conflicts": [${deep}]`)
      .replace('"purged": []', `"purged": ${deep}`);
    expect(hostile).not.toBe(text);
    const problems = problemsOf(hostile);
    expect(problems.map((p) => p.path).sort()).toEqual([
      'annotations[1]', // the unknown key
      'annotations[1].memo',
      'codes[0].name',
      'codes[1].parentId', // its parent, codes[0], was refused
      'conflicts[0]',
      'purged[0]',
    ]);
    expect(shown(problems).length).toBeLessThan(1_000);
  });

  it('reads a file with a doubled BOM', () => {
    const text = exportProject(sampleProject(), { includeTexts: true }, NOW);
    expect(parseExchangeFile('bom.json', `\uFEFF\uFEFF${text}`).ok).toBe(true);
  });
});
