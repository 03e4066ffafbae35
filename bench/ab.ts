// A/B of built workbenches on a loaded machine: the scroll and code scenarios at one size, run
// round-robin over several builds in one browser profile (one import), so every build meets the
// same load. Not part of `npm run bench`: for deciding between changes while profiling.
//
//   npx tsx bench/ab.ts --size 100000 --rounds 3 [--scenarios scroll,code] old=/tmp/build-a new=/tmp/build-b
//
// Each build is a copy of `out/renderer`. They are served in turn from one origin (IndexedDB is
// per origin), by pointing a symlink at the build before each reload. Prints, per build, the
// median (min–max) over rounds of the open (click → painted, cold: reloaded on the short
// document first) and its longest task, each scroll pass's frame p95 and long tasks, and code p95.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serveStatic } from './app/static-server';
import { freshPage } from './app/pages';
import { scrollPasses } from './app/scroll';
import {
  annotationsLoaded,
  codeSpans,
  importProject,
  openLongDocument,
  startEmpty,
} from './app/workbench';
import { FULL } from './config';
import { flagValue } from './lib/args';
import { writeFixtures } from './fixtures/write-fixtures';
import { quantile } from './lib/stats';

const args = process.argv.slice(2);
const value = (flag: string, fallback: string) => flagValue(args, flag, fallback);
const size = Number(value('--size', '100000'));
const rounds = Number(value('--rounds', '3'));
/** `--scenarios code` (or `scroll`) runs one of the two; both by default. */
const scenarios = value('--scenarios', 'scroll,code').split(',');
const builds = args.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]);
const root = join(import.meta.dirname, '..');
const work = join(root, '.tmp', `ab-${size}`);
mkdirSync(work, { recursive: true });
const served = join(work, 'served');
const point = (dir: string) => {
  rmSync(served, { force: true });
  symlinkSync(dir, served);
};
point(builds[0]![1]);

const config = { ...FULL, openSizes: [size], detailSizes: [size], peerSizes: [], corpusFiles: 1 };
const fixtures = writeFixtures(join(work, 'data'), config);
const server = await serveStatic({ '/': served });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const { page } = await freshPage(browser);
await startEmpty(page, server.origin);
const imported = await importProject(page, fixtures.exchangeFile(size));
console.log(`imported in ${imported.ms.toFixed(0)} ms`);

type Row = Record<string, number[]>;
const rows = new Map<string, Row>(builds.map(([name]) => [name, {}]));
const add = (name: string, figure: string, v: number) => {
  const row = rows.get(name)!;
  (row[figure] ??= []).push(v);
};
for (let r = 0; r < rounds; r++) {
  // Every other round in the reverse order, so no build always comes first.
  const order = r % 2 ? [...builds].reverse() : builds;
  for (const [b, [name, dir]] of order.entries()) {
    point(dir);
    const opened = await openLongDocument(page, true); // reloads: the build now pointed at
    add(name, 'open', opened.ms);
    add(name, 'open longest', opened.longestTask);
    let p = null;
    if (scenarios.includes('scroll')) {
      await annotationsLoaded(page);
      p = await scrollPasses(page, '.document-scroll', 40);
      for (const k of ['fast', 'reading', 'jumps'] as const) {
        add(name, `${k} p95`, p[k].frameP95);
        add(name, `${k} >50`, p[k].longTasks);
        add(name, `${k} longest`, p[k].longestTask);
      }
    }
    if (!scenarios.includes('code')) continue;
    await openLongDocument(page, true);
    // Spans of their own per build and round: a build given spans another build has just coded
    // would re-apply codes they already have (a different, cheaper write).
    const coded = await codeSpans(page, 20, r * builds.length + b);
    add(name, 'code p95', quantile(coded.presented, 0.95));
    add(name, 'code median', quantile(coded.presented, 0.5));
    add(name, 'code p95 (old)', quantile(coded.times, 0.95));
    console.log(
      `round ${r + 1} ${name}: open ${opened.ms.toFixed(0)} ms ${JSON.stringify(p)} code p95 ${quantile(coded.presented, 0.95).toFixed(1)} (old probe ${quantile(coded.times, 0.95).toFixed(1)}, ${coded.byEventTiming} of ${coded.presented.length} by Event Timing)`,
    );
  }
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${quantile(s, 0.5).toFixed(1)} (${s[0]!.toFixed(1)}–${s[s.length - 1]!.toFixed(1)})`;
};
for (const [name, row] of rows) {
  console.log(`\n${name}`);
  for (const [figure, xs] of Object.entries(row)) console.log(`  ${figure.padEnd(16)} ${fmt(xs)}`);
}
await browser.close();
await server.close();
