// `npm run bench` (through scripts/bench.mjs, which builds the workbench first): generates the
// fixtures from a seed, times core micro-benchmarks in Node, then drives the built workbench in
// Chromium through its real UI beside the bare limit and the peer, measured in the same run.
// Prints one table and writes bench/results/latest.json (quick runs: quick.json).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { format } from 'prettier';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { runAgreementScenarios } from './app/agreement-scenario';
import { runBareLimit, runHighlightLimit, runPeer } from './app/baseline-scenarios';
import { serveStatic } from './app/static-server';
import { runExchangeScenarios } from './app/exchange-scenarios';
import { runCodeMergeScenarios, runMergeScenarios } from './app/merge-scenario';
import { runCorpusImport, runWorkbenchScenarios } from './app/workbench-scenarios';
import { runProbeCheck } from './app/probe-check';
import { runReanchor } from './app/reanchor';
import { configFromArgs, runs } from './config';
import { safeStarts } from './app/workbench';
import { writeFixtures } from './fixtures/write-fixtures';
import { Results } from './lib/stats';
import { formatMarkdown, formatTable } from './lib/table';
import { benchCorpusParse } from './micro/corpus-parse';
import { benchExchange } from './micro/exchange';
import { benchIntervalIndex } from './micro/interval-index';
import type { StorageTimes } from './pages/storage-bench';

const root = join(import.meta.dirname, '..');
const config = configFromArgs(process.argv.slice(2));
const work = join(root, '.tmp', config.quick ? 'bench-quick' : 'bench');
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const results = new Results();

if (runs(config, 'micro')) {
  log('micro-benchmarks (Node)');
  benchCorpusParse(results, config.chars, config.paragraphs, config.runs);
  benchIntervalIndex(results, config.microAnnotations, config.microQueries, config.runs);
  benchExchange(results, { ...config, annotations: Math.max(...config.detailSizes) }, config.runs);
}

log('fixtures');
rmSync(work, { recursive: true, force: true });
const fixtures = writeFixtures(join(work, 'data'), config);
// A private copy of the build, so another build of out/ during the run cannot change it.
cpSync(join(root, 'out', 'renderer'), join(work, 'app'), { recursive: true });
await build({
  root: join(root, 'bench', 'pages'),
  base: '/__bench/',
  configFile: false,
  logLevel: 'warn',
  // As the app builds them: the exchange worker loads the REFI-QDA reader as a chunk of its own.
  worker: { format: 'es' },
  build: {
    outDir: join(work, 'pages'),
    target: 'es2022',
    emptyOutDir: true,
    rollupOptions: {
      input: ['bare', 'highlights', 'peer', 'storage', 'backup', 'import', 'probe-check'].map((n) =>
        join(root, 'bench', 'pages', `${n}.html`),
      ),
    },
  },
});
const server = await serveStatic({
  '/__bench/': join(work, 'pages'),
  '/__data/': join(work, 'data'),
  '/': join(work, 'app'),
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
log(`Chromium ${browser.version()}, serving ${server.origin}`);

let failure: unknown = null;
const run = { browser, origin: server.origin, config, fixtures, results, log };
try {
  if (runs(config, 'probe')) {
    log('probe self-check: key → paint on a synthetic page');
    await runProbeCheck(browser, server.origin, config.runs, results);
  }
  const app = runs(config, 'workbench')
    ? await runWorkbenchScenarios(run)
    : { open: new Map(), scroll: new Map(), code: new Map(), layout: null };
  if (runs(config, 'workbench') && safeStarts > 0)
    results.add('workbench reloads', 'safe-start screens met (tried again)', 'count', [safeStarts]);
  if (runs(config, 'exchange')) await runExchangeScenarios(run);
  if (runs(config, 'merge')) {
    await runCodeMergeScenarios(run);
    await runMergeScenarios(run);
  }
  if (runs(config, 'bare')) {
    log('bare limit: plain <p> paragraphs');
    await runBareLimit(browser, server.origin, config, app.layout, app.open, results);
  }
  if (runs(config, 'highlights'))
    await runHighlightLimit(browser, server.origin, config, app.layout, app, results, log);
  if (runs(config, 'peer'))
    await runPeer(browser, server.origin, config, app.layout, app.open, results, log);
  if (runs(config, 'corpus')) {
    log(`corpus import: ${config.corpusFiles} files`);
    await runCorpusImport(browser, server.origin, config, fixtures, results);
  }
  if (runs(config, 'agreement'))
    await runAgreementScenarios(browser, server.origin, config, join(work, 'data'), results, log);
  if (runs(config, 'reanchor')) {
    log(`re-anchoring: ${config.reanchorAnnotations} annotations through the app's worker`);
    await runReanchor(browser, server.origin, join(work, 'app'), config, results);
  }
  if (runs(config, 'storage')) {
    log(`storage: ${config.microAnnotations} annotations`);
    await benchStoragePage(browser, server.origin);
  }
} catch (error) {
  // Print what was measured before the failure, then fail the run.
  failure = error;
} finally {
  await browser.close();
  await server.close();
}

const header = [
  `Marginalia benchmark${config.quick ? ' (quick: small sizes, harness check only)' : ''}`,
  `${new Date().toISOString()}, Node ${process.version}, ${config.runs} run(s) per figure, ` +
    `document of ${fixtures.chars} characters in ${config.paragraphs} paragraphs, ${config.codes} codes`,
].join('\n');
console.log(`\n${header}\n\n${formatTable(results.grouped())}\n`);
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, config.quick ? 'quick.json' : failure ? 'partial.json' : 'latest.json');
// The same table as Markdown, for docs/performance.md.
// JSON and Markdown as Prettier writes them, so `npm test`'s format check passes over them.
const markdown = `${header}\n\n${formatMarkdown(results.grouped())}\n`;
writeFileSync(out, await format(JSON.stringify(results.grouped()), { parser: 'json' }));
writeFileSync(out.replace(/\.json$/, '.md'), await format(markdown, { parser: 'markdown' }));
log(`wrote ${out}`);
if (failure) {
  console.error('\nThe run stopped early; the table holds what was measured before:');
  console.error(failure);
  process.exit(1);
}

/**
 * The storage layer against raw IndexedDB, in a page. A failure is reported and leaves the
 * storage rows out (the layer has its own tests; the rest of the run still counts).
 */
async function benchStoragePage(browser: Browser, origin: string): Promise<void> {
  const page = await browser.newPage();
  const times: StorageTimes[] = [];
  try {
    await page.goto(`${origin}/__bench/storage.html`);
    for (let r = 0; r < config.runs; r++) {
      times.push(
        await page.evaluate(
          (n) => (window as unknown as StorageWindow).runStorageBench(n),
          config.microAnnotations,
        ),
      );
    }
  } catch (error) {
    console.error(
      `storage benchmark failed, its rows are left out: ${String(error).split('\n')[0]}`,
    );
    return;
  } finally {
    await page.close();
  }
  const scenario = `storage, ${config.microAnnotations} annotations`;
  const raw = results.add(
    scenario,
    'raw IndexedDB puts, one transaction (baseline)',
    'ms',
    times.map((t) => t.rawPut),
  );
  const ours = results.add(
    scenario,
    'storage.putAnnotations',
    'ms',
    times.map((t) => t.storagePut),
  );
  results.ratio(scenario, 'putAnnotations ÷ raw', ours, raw);
  results.add(
    scenario,
    `load one document's ${times[0]?.loadedCount ?? 0} annotations`,
    'ms',
    times.map((t) => t.loadOneDocument),
  );
  results.add(
    scenario,
    'annotation counts per document',
    'ms',
    times.map((t) => t.countsPerDocument),
  );
}

/** What the storage page puts on window. */
interface StorageWindow {
  runStorageBench(n: number): Promise<StorageTimes>;
}
