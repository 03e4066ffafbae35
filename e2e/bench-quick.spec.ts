import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..');

/** Runs a Node script to its end; resolves with its exit code and output. */
function runNode(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

// The benchmark harness at small size, on the build `npm test` has just made, so it never rots.
// It asserts that every scenario ran and produced figures, never how fast they were.
test('npm run bench -- --quick runs every scenario and writes its rows', async () => {
  test.setTimeout(180_000);
  const { code, output } = await runNode(['scripts/bench.mjs', '--quick', '--no-build']);
  expect(code, output.slice(-4000)).toBe(0);
  const rows = JSON.parse(readFileSync(join(root, 'bench/results/quick.json'), 'utf8')) as {
    scenario: string;
    figure: string;
    value: number;
    runs: number;
  }[];
  for (const name of [
    'probe self-check',
    'corpus parsing',
    'interval index',
    'exchange file',
    'import project',
    'export (',
    'backup (',
    'open',
    'memory',
    'scroll',
    'code',
    'bare limit',
    'highlight limit',
    'peer @recogito/text-annotator',
    'corpus import',
    're-anchor',
    'agreement',
  ]) {
    expect(
      rows.some((r) => r.scenario.startsWith(name)),
      name,
    ).toBe(true);
  }
  for (const row of rows) {
    expect(Number.isFinite(row.value), `${row.scenario}: ${row.figure}`).toBe(true);
    expect(row.runs).toBeGreaterThan(0);
  }
});
