// `npm run bench`: builds the workbench as shipped (`npm run build`), then runs the benchmark
// (bench/main.ts under tsx): micro-benchmarks in Node, and the built workbench driven through
// its real UI in Chromium beside the bare limit and the peer, measured in the same run.
// `--quick` runs every scenario at small size; `--no-build` reuses out/ (the quick test does,
// after `npm test` has built); `--runs N` sets runs per figure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Runs a Node script from node_modules; exits with its status on failure. */
function run(script, scriptArgs) {
  const result = spawnSync(process.execPath, [join(root, script), ...scriptArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!args.includes('--no-build') || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  run('node_modules/electron-vite/bin/electron-vite.js', ['build']);
}
run('node_modules/tsx/dist/cli.mjs', ['bench/main.ts', ...args.filter((a) => a !== '--no-build')]);
