// Builds the workbench only when its sources changed since the last build, and quietly: a
// person running `npm start` or `npm run web` needs the address, not the bundler's warnings.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What decides the build's output: sources, shipped resources, dependencies and build config. */
export const BUILD_INPUTS = [
  'src',
  'resources',
  'package.json',
  'package-lock.json',
  'electron.vite.config.ts',
  'tsconfig.json',
];

/** What a complete build leaves in out/ (main, preload, renderer). */
export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/** Where the stamp of the sources a build was made from is kept, beside the build. */
export const STAMP_FILE = 'out/.build-stamp';

/** Tests do not reach the build, so changing one does not make the build stale. */
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** Files under `path` (relative to `root`, with forward slashes), tests left out. */
function filesUnder(root, path, out) {
  for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory()) filesUnder(root, child, out);
    else if (entry.isFile() && !TEST_FILE.test(entry.name)) out.push(child);
  }
}

/** A SHA-256 over the paths and contents of every build input under `root`, in a fixed order. */
export function sourceStamp(root, inputs = BUILD_INPUTS) {
  const files = [];
  for (const input of inputs) {
    const full = join(root, input);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) filesUnder(root, input, files);
    else files.push(input);
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The stamp file's content: the sources' hash and when each output was written, so a build made
 * some other way since (`npm run build` on other sources) is not mistaken for this one.
 */
function stampText(root, stamp, outputs) {
  const written = outputs.map((output) => {
    const path = join(root, output);
    return `${output} ${existsSync(path) ? statSync(path).mtimeMs : 'missing'}`;
  });
  return [stamp, ...written].join('\n');
}

/** Whether out/ holds a complete build made by `buildOnce` from exactly these sources. */
export function isBuildCurrent(root, stamp, outputs = BUILD_OUTPUTS) {
  const file = join(root, STAMP_FILE);
  return (
    outputs.every((output) => existsSync(join(root, output))) &&
    existsSync(file) &&
    readFileSync(file, 'utf8').trim() === stampText(root, stamp, outputs)
  );
}

/** Runs electron-vite's build with its output captured (shown only if the build fails). */
export function electronViteBuild(root) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * Builds unless out/ already holds a build of the current sources; prints one short line when it
 * builds, and the bundler's full output only when the build fails. Returns whether it built;
 * throws when the build fails.
 */
export function buildOnce(root, options = {}) {
  const {
    build = electronViteBuild,
    log = (line) => console.log(line),
    outputs = BUILD_OUTPUTS,
  } = options;
  const stamp = sourceStamp(root);
  if (isBuildCurrent(root, stamp, outputs)) return false;
  log('Building Marginalia (once; later starts reuse the build until the sources change)…');
  const started = Date.now();
  const result = build(root);
  if (result.status !== 0) {
    throw new Error(`The build failed:\n${result.output}`);
  }
  mkdirSync(join(root, 'out'), { recursive: true });
  writeFileSync(join(root, STAMP_FILE), `${stampText(root, stamp, outputs)}\n`);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
