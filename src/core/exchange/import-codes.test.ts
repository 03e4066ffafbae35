import { describe, expect, it } from 'vitest';
import { MAX_CODE_DEPTH } from '../codebook/parent-chains';
import { exportProject } from './export';
import { parseExchangeFile, type ImportProblem } from './import';
import { sampleProject } from './test-support/sample-project';

const NOW = '2026-11-24T12:00:00.000Z';

/** The sample project with `parentOf(i)` giving each of `n` extra codes its parent index. */
function withCodes(n: number, parentOf: (i: number) => number | null): string {
  const project = sampleProject();
  const template = project.codes[0]!;
  const codes = Array.from({ length: n }, (_, i) => {
    const parent = parentOf(i);
    return {
      ...template,
      id: `k${i}`,
      name: `code ${i}`,
      hotkey: null,
      parentId: parent === null ? null : `k${parent}`,
    };
  });
  return exportProject(
    { ...project, codes: [...project.codes, ...codes] },
    { includeTexts: true },
    NOW,
  );
}

function problemsOf(text: string): ImportProblem[] {
  const result = parseExchangeFile('codes.json', text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('the codebook in an exchange file', () => {
  it('refuses a 3,000-deep chain once, at the first code past the limit, with the limit', () => {
    const problems = problemsOf(withCodes(3_000, (i) => (i === 0 ? null : i - 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      recordId: `k${MAX_CODE_DEPTH}`,
      message: expect.stringContaining(`at most ${MAX_CODE_DEPTH} levels deep`),
    });
    expect(problems[0]?.path).toMatch(/^codes\[\d+\]\.parentId$/);
  });

  it('accepts codes at the last allowed level', () => {
    const result = parseExchangeFile(
      'ok.json',
      withCodes(MAX_CODE_DEPTH, (i) => (i === 0 ? null : i - 1)),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a long cycle once, naming a few of its codes', () => {
    const problems = problemsOf(withCodes(5_000, (i) => (i + 1) % 5_000));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^Code parents form a cycle: code 0 → code 1 → .* \(5000 codes\)$/,
    );
    expect(problems[0]?.message.length).toBeLessThan(200);
  });

  it('validates 20,000 codes in linear time, however deep (a chain took 100 s when quadratic)', () => {
    // Measured on a loaded 2-core machine: about 0.5 s for each file below, zod's record checks
    // included; the quadratic walk took 100-128 s on the chain. Compared with a flat codebook of
    // the same size, so a slow machine does not fail the test but a quadratic walk does.
    const timed = (text: string) => {
      const began = performance.now();
      const result = parseExchangeFile('big.json', text);
      return { ok: result.ok, ms: performance.now() - began };
    };
    const flat = timed(withCodes(20_000, () => null));
    const tree = timed(withCodes(20_000, (i) => (i % MAX_CODE_DEPTH === 0 ? null : i - 1)));
    const chain = timed(withCodes(20_000, (i) => (i === 0 ? null : i - 1)));
    expect([flat.ok, tree.ok, chain.ok]).toEqual([true, true, false]);
    expect(tree.ms).toBeLessThan(3 * flat.ms + 250);
    expect(chain.ms).toBeLessThan(3 * flat.ms + 250);
    expect(chain.ms).toBeLessThan(2_000);
  });
});
