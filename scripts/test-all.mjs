// `npm test`: type checking, lint, formatting, unit tests (Node), browser tests (real Chromium),
// the production build and the end-to-end suite. Runs every step even when one fails, then
// prints one closing line that totals every suite: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

try {
  chromiumPath();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

/** Runs one step; returns whether it exited 0. */
function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  summary.push(
    `${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return ok;
}

/** A check that is not a test runner counts as one test: passed or failed. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else totals.failed += 1;
}

/** Adds a Vitest JSON report's counts; a missing report means the runner itself failed. */
function vitest(label, project) {
  const report = join(tmp, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const ok = run(label, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    totals.failed += 1;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (!ok && json.numFailedTests === 0) totals.failed += 1;
}

/** The distinct reasons Playwright recorded for skipped tests, so a skip is never silent. */
function skipReasons(suites, out = new Set()) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        for (const note of test.annotations ?? []) {
          if (note.type === 'skip' && note.description)
            out.add(`${spec.file}: ${note.description}`);
        }
      }
    }
    skipReasons(suite.suites ?? [], out);
  }
  return out;
}

/** Adds the Playwright JSON report's counts. */
function playwright() {
  const report = join(tmp, 'playwright.json');
  rmSync(report, { force: true });
  const ok = run('end-to-end (Playwright, Chromium)', bin('playwright'), ['test']);
  if (!existsSync(report)) {
    totals.failed += 1;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const { stats } = json;
  for (const reason of skipReasons(json.suites ?? [])) console.log(`skipped: ${reason}`);
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (!ok && stats.unexpected === 0) totals.failed += 1;
}

check('type check (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
// src/core alone: no DOM, no Node types (see tsconfig.core.json).
check('type check of core alone (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.core.json']);
check('lint (ESLint)', bin('eslint'), ['.', '--max-warnings', '0']);
check('format (Prettier)', bin('prettier'), ['--check', '.']);
vitest('unit tests (Vitest, Node)', 'unit');
vitest('browser tests (Vitest, Chromium)', 'browser');
check('production build (electron-vite)', bin('electron-vite'), ['build']);
check('command-line tool build', process.execPath, [join(root, 'scripts', 'build-cli.mjs')]);
check('built command-line tool answers --help', process.execPath, [
  join(root, 'bin', 'marginalia.mjs'),
  '--help',
]);
playwright();

console.log('\n' + summary.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
