#!/usr/bin/env node
/* global process, console, URL */
// The `marginalia` command: runs the CLI built into out/cli/ by `npm run build`.
// From a checkout without a build, `npm run marginalia -- ARGS` runs the TypeScript directly.
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error(
    'marginalia: the command-line tool is not built yet (out/cli/main.js is missing).\n' +
      'Run `npm run build` first, or `npm run marginalia -- ARGS` from a checkout.',
  );
  process.exit(1);
}
const { run, nodeIo } = await import(entry.href);
process.exitCode = await run(process.argv.slice(2), nodeIo());
