import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright';
import {
  reanchorWorkload,
  type ReanchorWorkload,
} from '../../src/core/anchoring/reanchor/reanchor.bench';
import type { BenchConfig } from '../config';
import type { Results } from '../lib/stats';

/** One run in the page: the worker's time, the bare baseline's, and what the worker placed. */
interface PageRun {
  workerMs: number;
  indexOfMs: number;
  indexOfFound: number;
  progressReports: number;
  exact: number;
  fuzzy: number;
  orphan: number;
}

/** What runs in the page: the shipped worker speaking its protocol, then the bare baseline. */
async function inPage({
  workerUrl,
  workload,
}: {
  workerUrl: string;
  workload: ReanchorWorkload;
}): Promise<PageRun> {
  const { oldText, newText, anchors } = workload;
  const worker = new Worker(workerUrl, { type: 'module' });
  let progressReports = 0;
  const t0 = performance.now();
  const placements = await new Promise<{ status: string }[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent) => {
      const reply = event.data as {
        type: string;
        placements?: { status: string }[];
        message?: string;
      };
      if (reply.type === 'progress') progressReports++;
      else if (reply.type === 'done') resolve(reply.placements!);
      else reject(new Error(reply.message ?? reply.type));
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ type: 'reanchor', id: 1, oldText, newText, anchors });
  });
  const workerMs = performance.now() - t0;
  worker.terminate();
  // The bare baseline, as core's benchReanchor does it: warm once, then time indexOf of every quote.
  const baseline = () => {
    let found = 0;
    for (const a of anchors) if (newText.indexOf(a.quote) >= 0) found++;
    return found;
  };
  baseline();
  const t1 = performance.now();
  const indexOfFound = baseline();
  const indexOfMs = performance.now() - t1;
  const count = (status: string) => placements.filter((p) => p.status === status).length;
  return {
    workerMs,
    indexOfMs,
    indexOfFound,
    progressReports,
    exact: count('exact'),
    fuzzy: count('fuzzy'),
    orphan: count('orphan'),
  };
}

/**
 * Re-anchoring through the built workbench's own worker bundle (the file the app ships, loaded
 * in the app's origin), timed from posting the job to its answer: structured cloning both ways
 * and every progress report included. Beside it, in the same page and run, the bare baseline:
 * an exact `indexOf` of every quote in the revised text (what tools that drop unmatched
 * annotations do). Workload: core's `reanchorWorkload` (seeded revision of a generated text).
 */
export async function runReanchor(
  browser: Browser,
  origin: string,
  appDir: string,
  config: BenchConfig,
  results: Results,
): Promise<void> {
  const chunk = readdirSync(`${appDir}/assets`).find((f) => /^reanchor-worker-.*\.js$/.test(f));
  if (!chunk)
    throw new Error('The build has no re-anchoring worker (assets/reanchor-worker-*.js).');
  const workload = reanchorWorkload(config.reanchorAnnotations, config.chars, config.seed);
  const page = await browser.newPage();
  const runs: PageRun[] = [];
  try {
    await page.goto(`${origin}/`);
    // tsx keeps function names with a `__name` helper that the page lacks; give it a no-op one.
    await page.evaluate('globalThis.__name = (f) => f');
    for (let r = 0; r < config.runs; r++)
      runs.push(await page.evaluate(inPage, { workerUrl: `${origin}/assets/${chunk}`, workload }));
  } finally {
    await page.close();
  }
  const scenario = `re-anchor ${workload.anchors.length} annotations onto a revised ${workload.newText.length}-character text`;
  const ours = results.add(
    scenario,
    'worker: post → placements back',
    'ms',
    runs.map((r) => r.workerMs),
  );
  const bare = results.add(
    scenario,
    'bare baseline: indexOf of every quote',
    'ms',
    runs.map((r) => r.indexOfMs),
  );
  results.ratio(scenario, 'worker ÷ indexOf baseline', ours, bare);
  const first = runs[0]!;
  results.add(scenario, 'progress reports', 'count', [first.progressReports]);
  results.add(scenario, 'placed exact', 'count', [first.exact]);
  results.add(scenario, 'placed fuzzy (confidence shown)', 'count', [first.fuzzy]);
  results.add(scenario, 'orphans (kept for the user)', 'count', [first.orphan]);
  results.add(scenario, 'baseline finds the quote anywhere', 'count', [first.indexOfFound]);
}
