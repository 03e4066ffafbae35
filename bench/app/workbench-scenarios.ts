import type { Browser, BrowserContext, Page } from 'playwright';
import type { BenchConfig } from '../config';
import type { Fixtures } from '../fixtures/write-fixtures';
import type { GroupRun } from './group-run';
import { quantile, type Results, type Row } from '../lib/stats';
import { measureLayout, type TextLayout } from './baselines';
import { runImportBaseline } from './import-baseline';
import { freshPage, heapMb } from './pages';
import { scrollPasses, type ScrollPasses } from './scroll';
import {
  annotationsLoaded,
  CODE_TIMEOUT_MS,
  codeSpans,
  importDocuments,
  importProject,
  openLongDocument,
  startEmpty,
} from './workbench';

/** The open rows per annotation count (for ratios against the baselines). */
export type OpenRows = Map<number, Row>;

/** Adds the three scroll passes' rows for one subject. */
export function addScrollRows(results: Results, scenario: string, runs: ScrollPasses[]): Row[] {
  const out: Row[] = [];
  for (const pass of ['fast', 'reading', 'jumps'] as const) {
    const label = { fast: 'fast wheel', reading: 'reading wheel', jumps: 'jumps' }[pass];
    out.push(
      results.add(
        scenario,
        `${label}: frame p95`,
        'ms',
        runs.map((r) => r[pass].frameP95),
      ),
    );
    results.add(
      scenario,
      `${label}: tasks > 50 ms`,
      'count',
      runs.map((r) => r[pass].longTasks),
    );
    results.add(
      scenario,
      `${label}: longest task`,
      'ms',
      runs.map((r) => r[pass].longestTask),
    );
  }
  return out;
}

/**
 * Imports the exchange file with `n` annotations into fresh profiles (`runs` times when timed)
 * and returns the last profile, left open for the scenarios that follow.
 */
async function importInto(
  browser: Browser,
  origin: string,
  file: string,
  runs: number,
  results: Results | null,
  n: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const s = { ms: [] as number[], longest: [] as number[], progress: [] as number[] };
  for (let r = 0; ; r++) {
    const opened = await freshPage(browser);
    await startEmpty(opened.page, origin);
    const timed = await importProject(opened.page, file);
    s.ms.push(timed.ms);
    s.longest.push(timed.longestTask);
    s.progress.push(timed.progressUpdates);
    if (r + 1 >= runs) {
      if (results) {
        const scenario = `import project (${n} annotations)`;
        const ours = results.add(scenario, 'file picked → "Imported" notice painted', 'ms', s.ms);
        results.add(scenario, 'longest task', 'ms', s.longest);
        results.add(scenario, 'progress updates painted', 'count', s.progress);
        if (n > 0) await runImportBaseline(browser, origin, file, runs, results, scenario, ours);
      }
      return opened;
    }
    await opened.context.close();
  }
}

/**
 * The workbench as a user meets it, at each annotation count of the config: import, open
 * (reloading between runs), and at the detail sizes memory, scrolling and coding too.
 * Returns the open rows by count and the text layout (for the baselines).
 */
export async function runWorkbenchScenarios(run: GroupRun): Promise<{
  open: OpenRows;
  scroll: Map<number, Row[]>;
  code: Map<number, Row>;
  layout: TextLayout | null;
}> {
  const { browser, origin, config, fixtures, results, log } = run;
  const open: OpenRows = new Map();
  const scroll = new Map<number, Row[]>();
  const codeRows = new Map<number, Row>();
  let layout: TextLayout | null = null;
  const sizes = [...new Set([...config.openSizes, ...config.detailSizes])].sort((a, b) => a - b);
  for (const n of sizes) {
    const detail = config.detailSizes.includes(n);
    log(`workbench, ${n} annotations${detail ? ' (all scenarios)' : ' (open)'}`);
    const file = fixtures.exchangeFile(n);
    const { context, page } = await importInto(
      browser,
      origin,
      file,
      detail ? config.runs : 1,
      detail ? results : null,
      n,
    );
    try {
      const opens: number[] = [];
      const longest: number[] = [];
      const heapBefore: number[] = [];
      const heapAfter: number[] = [];
      const passes: ScrollPasses[] = [];
      for (let r = 0; r < config.runs; r++) {
        const timed = await openLongDocument(page, n > 0);
        opens.push(timed.ms);
        longest.push(timed.longestTask);
        if (!layout) layout = await measureLayout(page);
        if (!detail) continue;
        // The full records load after the first paint: heap and scrolling once they are in.
        await annotationsLoaded(page);
        const heap = await heapMb(page);
        heapBefore.push(heap.before);
        heapAfter.push(heap.after);
        passes.push(await scrollPasses(page, '.document-scroll', config.jumps));
      }
      const scenario = `open (${n} annotations)`;
      open.set(n, results.add(scenario, 'click → text and highlights painted', 'ms', opens));
      results.add(scenario, 'longest task', 'ms', longest);
      if (!detail) continue;
      results.add(`memory (${n} annotations)`, 'JS heap after open, before GC', 'MB', heapBefore);
      results.add(`memory (${n} annotations)`, 'JS heap after open, after GC', 'MB', heapAfter);
      scroll.set(n, addScrollRows(results, `scroll (${n} annotations)`, passes));
      const code = { p95: [] as number[], worst: [] as number[], oldP95: [] as number[] };
      const byEventTiming: number[] = [];
      const missed: number[] = [];
      for (let r = 0; r < config.runs; r++) {
        await openLongDocument(page, n > 0);
        const coded = await codeSpans(page, config.codeSpans, r);
        code.p95.push(quantile(coded.presented, 0.95));
        code.worst.push(Math.max(...coded.presented));
        code.oldP95.push(quantile(coded.times, 0.95));
        byEventTiming.push(coded.byEventTiming);
        missed.push(coded.timeouts + coded.unselected);
      }
      const codeScenario = `code (${n} annotations)`;
      const spans = `p95 of ${config.codeSpans} spans`;
      codeRows.set(
        n,
        results.add(codeScenario, `hotkey → highlight presented, ${spans}`, 'ms', code.p95),
      );
      results.add(codeScenario, 'slowest span', 'ms', code.worst);
      results.add(
        codeScenario,
        `old probe (frame after the highlight's), ${spans}`,
        'ms',
        code.oldP95,
      );
      results.add(codeScenario, 'spans timed by Event Timing', 'count', byEventTiming);
      results.add(
        codeScenario,
        `spans not painted in ${CODE_TIMEOUT_MS / 1000} s or not selected`,
        'count',
        missed,
      );
    } finally {
      await context.close();
    }
  }
  return { open, scroll, code: codeRows, layout };
}

/** Corpus import: `files` plain-text files through Open files…, into a fresh profile each run. */
export async function runCorpusImport(
  browser: Browser,
  origin: string,
  config: BenchConfig,
  fixtures: Fixtures,
  results: Results,
): Promise<void> {
  const s = { ms: [] as number[], longest: [] as number[], progress: [] as number[] };
  for (let r = 0; r < config.runs; r++) {
    const { context, page } = await freshPage(browser);
    try {
      await startEmpty(page, origin);
      const timed = await importDocuments(page, fixtures.corpusFiles);
      s.ms.push(timed.ms);
      s.longest.push(timed.longestTask);
      s.progress.push(timed.progressUpdates);
    } finally {
      await context.close();
    }
  }
  const mb = Math.round(config.corpusBytes / 1e5) / 10;
  const scenario = `corpus import (${config.corpusFiles} files, ${mb} MB)`;
  results.add(scenario, 'files picked → "Imported" notice painted', 'ms', s.ms);
  results.add(scenario, 'longest task', 'ms', s.longest);
  results.add(scenario, 'progress updates painted', 'count', s.progress);
}
