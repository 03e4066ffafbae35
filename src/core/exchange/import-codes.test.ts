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

  it('accepts a long cycle with one warning, naming a few of its codes', () => {
    const result = parseExchangeFile(
      'cycle.json',
      withCodes(50, (i) => (i + 1) % 50),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toMatch(
      /^Code parents form a cycle: code 0 → code 1 → .* \(50 codes\) .*“code 0” is shown at the top level/,
    );
    expect(result.warnings[0]?.message.length).toBeLessThan(300);
  });

  it('refuses a cycle too long to show within the depth limit once it is cut', () => {
    const problems = problemsOf(withCodes(5_000, (i) => (i + 1) % 5_000));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/more than 100 levels deep/);
  });

  it('measures depth with a cycle cut where the workbench shows it', () => {
    // k0 and k1 under each other (k0 sorts first, so it is shown at the top level), and a
    // chain under k1: k1 is level 2, so a chain of MAX - 2 codes fits and one more does not.
    const chain = (n: number) =>
      withCodes(n + 2, (i) => (i === 0 ? 1 : i === 1 ? 0 : i === 2 ? 1 : i - 1));
    const fits = parseExchangeFile('fits.json', chain(MAX_CODE_DEPTH - 2));
    expect(fits.ok && fits.warnings.length).toBe(1);
    const problems = problemsOf(chain(MAX_CODE_DEPTH - 1));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ recordId: `k${MAX_CODE_DEPTH}` });
    expect(problems[0]?.message).toMatch(/more than 100 levels deep/);
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
