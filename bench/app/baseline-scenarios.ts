import type { Browser } from 'playwright';
import type { BenchConfig } from '../config';
import type { Results, Row } from '../lib/stats';
import { runBaseline, type BaselineRun, type TextLayout } from './baselines';
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
    const scenario = `peer @recogito/text-annotator (${n} annotations)`;
    const peerOpen = results.add(
      scenario,
      'click → text and highlights painted',
      'ms',
      peer.map((p) => p.ms),
    );
    results.add(
      scenario,
      'longest task',
      'ms',
      peer.map((p) => p.longestTask),
    );
    addScrollRows(
      results,
      `peer scroll (${n} annotations)`,
      peer.map((p) => p.scroll!),
    );
    results.ratio(`open (${n} annotations)`, 'ours ÷ peer', open.get(n), peerOpen);
  }
}
