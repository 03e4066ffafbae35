import type { Browser, Page } from 'playwright';
import type { BenchConfig } from '../config';
import { quantile, type Results, type Row } from '../lib/stats';
import { runBaseline, type BaselineRun, type TextLayout } from './baselines';
import { arm, collect, type ProbeWindow } from './pages';
import { addScrollRows } from './workbench-scenarios';

function layoutQuery(layout: TextLayout | null, extra: Record<string, string> = {}) {
  return layout ? { layout: JSON.stringify(layout), ...extra } : extra;
}

async function repeat(
  config: BenchConfig,
  run: () => Promise<BaselineRun>,
): Promise<BaselineRun[]> {
  const out: BaselineRun[] = [];
  for (let r = 0; r < config.runs; r++) out.push(await run());
  return out;
}

/**
 * The bare limit: the same text as plain <p> paragraphs, no product code, in the workbench's
 * text column. Adds its rows and ours ÷ bare for every open measured.
 */
export async function runBareLimit(
  browser: Browser,
  origin: string,
  config: BenchConfig,
  layout: TextLayout | null,
  open: ReadonlyMap<number, Row>,
  results: Results,
): Promise<void> {
  const options = { scroll: true, jumps: config.jumps, expectHighlights: false };
  const bare = await repeat(config, () =>
    runBaseline(browser, origin, 'bare', layoutQuery(layout), options),
  );
  const scenario = 'bare limit (plain <p>, no product code)';
  const bareOpen = results.add(
    scenario,
    'click → text painted',
    'ms',
    bare.map((b) => b.ms),
  );
  addScrollRows(
    results,
    'bare limit scroll',
    bare.map((b) => b.scroll!),
  );
  for (const [n, row] of open)
    results.ratio(`open (${n} annotations)`, 'ours ÷ bare limit', row, bareOpen);
}

/**
 * The rows every baseline with highlights prints: click → painted, longest task, the scroll
 * passes. Returns the open row and the scroll passes' frame p95 rows, for the ratios.
 */
function addHighlightedBaselineRows(
  results: Results,
  scenario: string,
  scrollScenario: string,
  runs: BaselineRun[],
): { opened: Row; scroll: Row[] } {
  const opened = results.add(
    scenario,
    'click → text and highlights painted',
    'ms',
    runs.map((r) => r.ms),
  );
  results.add(
    scenario,
    'longest task',
    'ms',
    runs.map((r) => r.longestTask),
  );
  const scroll = addScrollRows(
    results,
    scrollScenario,
    runs.map((r) => r.scroll!),
  );
  return { opened, scroll };
}

/**
 * The peer, @recogito/text-annotator with its default renderer, at each of the config's counts:
 * time to highlights painted, longest task and scrolling; ours ÷ peer where both were measured.
 */
export async function runPeer(
  browser: Browser,
  origin: string,
  config: BenchConfig,
  layout: TextLayout | null,
  open: ReadonlyMap<number, Row>,
  results: Results,
  log: (line: string) => void,
): Promise<void> {
  for (const n of config.peerSizes) {
    log(`peer: @recogito/text-annotator, ${n} annotations`);
    const options = { scroll: true, jumps: config.jumps, expectHighlights: n > 0 };
    const query = layoutQuery(layout, { annotations: String(n) });
    const peer = await repeat(config, () => runBaseline(browser, origin, 'peer', query, options));
    const { opened } = addHighlightedBaselineRows(
      results,
      `peer @recogito/text-annotator (${n} annotations)`,
      `peer scroll (${n} annotations)`,
      peer,
    );
    results.ratio(`open (${n} annotations)`, 'ours ÷ peer', open.get(n), opened);
  }
}

/** The workbench's rows the highlight limit is compared with, by annotation count. */
export interface OursByCount {
  open: ReadonlyMap<number, Row>;
  scroll: ReadonlyMap<number, Row[]>;
  code: ReadonlyMap<number, Row>;
}

/** Presses "h" in the highlight limit page at `spans` places down the text; key → painted, ms. */
async function addSpans(page: Page, spans: number): Promise<number[]> {
  const times: number[] = [];
  const height = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__bench.scrollHeight(),
  );
  for (let i = 0; i < spans; i++) {
    const y = Math.floor(((i + 0.5) / spans) * height);
    await page.evaluate((top) => (window as unknown as ProbeWindow).__bench.jumpTo(top), y);
    await page.waitForTimeout(150);
    const before = await page.evaluate(() =>
      (window as unknown as ProbeWindow).__bench.limitRanges(),
    );
    await arm(page, 'keydown', 'highlightAdded', before);
    await page.keyboard.press('h');
    const waited = await collect(page);
    times.push(waited.presentedMs ?? waited.ms);
  }
  return times;
}

/**
 * The highlight limit: the same text as plain <p> paragraphs with the same annotations
 * registered once as CSS Custom Highlights, no product code (`bench/pages/highlights.ts`), at
 * each detail size. It is the simplest painting of the spans with the browser feature the
 * workbench paints with, so it shows what that feature costs by itself: open, scrolling, and a
 * key that adds one span. Prints ours ÷ it for each.
 */
export async function runHighlightLimit(
  browser: Browser,
  origin: string,
  config: BenchConfig,
  layout: TextLayout | null,
  ours: OursByCount,
  results: Results,
  log: (line: string) => void,
): Promise<void> {
  for (const n of config.detailSizes.filter((size) => size > 0)) {
    log(`highlight limit: plain <p> and ${n} annotations as CSS highlights`);
    const query = layoutQuery(layout, { annotations: String(n) });
    const options = {
      scroll: true,
      jumps: config.jumps,
      expectHighlights: true,
      then: (page: Page) => addSpans(page, config.codeSpans),
    };
    const limit = await repeat(config, () =>
      runBaseline(browser, origin, 'highlights', query, options),
    );
    const scenario = `highlight limit (plain <p>, ${n} annotations as CSS highlights)`;
    const { opened, scroll } = addHighlightedBaselineRows(
      results,
      scenario,
      `highlight limit scroll (${n} annotations)`,
      limit,
    );
    const added = results.add(
      scenario,
      `key → one more span presented, p95 of ${config.codeSpans}`,
      'ms',
      limit.map((l) => quantile(l.then, 0.95)),
    );
    results.ratio(`open (${n} annotations)`, 'ours ÷ highlight limit', ours.open.get(n), opened);
    results.ratio(`code (${n} annotations)`, 'ours ÷ highlight limit', ours.code.get(n), added);
    const passes = ['fast wheel', 'reading wheel', 'jumps'];
    passes.forEach((pass, i) =>
      results.ratio(
        `scroll (${n} annotations)`,
        `${pass} frame p95: ours ÷ highlight limit`,
        ours.scroll.get(n)?.[i],
        scroll[i],
      ),
    );
  }
}
