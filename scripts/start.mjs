// `npm start`: the desktop app when an Electron runtime is installed; otherwise the same
// workbench in the browser (scripts/web.mjs), after saying why and how to get the desktop app.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOnce } from './build-once.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron runtime's path as the `electron` package exports it, or null when there is
 * none. The package's index.js throws ("Electron failed to install correctly") when its
 * download was skipped or failed, and may name a path that does not exist.
 */
function electronRuntime() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Runs a child with inherited stdio, forwards Ctrl+C and termination, exits with its status. */
function runToEnd(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
}

const electronPath = electronRuntime();

if (electronPath) {
  try {
    buildOnce(root); // reuses out/ while the sources are unchanged
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the runtime behave as plain Node
  delete env.ELECTRON_RENDERER_URL; // a stale dev-server URL would replace app://marginalia
  const args = ['.'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    // Chromium refuses to run as root with its OS sandbox on; the page sandbox still applies.
    console.warn('Running as root: starting Electron with --no-sandbox.');
    args.push('--no-sandbox');
  }
  runToEnd(electronPath, args, { env });
} else {
  console.log(
    'No Electron runtime is installed (its download was skipped, or the download host is ' +
      'unreachable from this machine), so the desktop app cannot start here. To get one, run ' +
      '`npm rebuild electron` or `node node_modules/electron/install.js` on a machine with access ' +
      'to the download host, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron ' +
      'runtime. Starting the same workbench in your browser instead; open the address printed below.',
  );
  runToEnd(process.execPath, [join(root, 'scripts', 'web.mjs'), ...process.argv.slice(2)]);
}
