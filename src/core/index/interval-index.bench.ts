import type { BenchFigure } from '../bench/measure';
import { IntervalIndex } from './interval-index';
import { NaiveIntervalList } from './naive-interval-list';
import type { IntervalLike } from './interval-predicates';

export type { BenchFigure } from '../bench/measure';

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Times `n` inserts and 10k viewport queries (a 3,000-character window) on the interval index and
 * on a naive list (the peer), over a document ten characters per annotation long with spans of
 * 1-200 characters. Used by `npm run bench`; not a test.
 */
export function benchIntervalIndex(n = 100_000, queries = 10_000): BenchFigure[] {
  const rand = random(42);
  const docLength = n * 10;
  const items: IntervalLike[] = Array.from({ length: n }, (_, i) => {
    const start = Math.floor(rand() * docLength);
    return { id: `a${i}`, start, end: start + 1 + Math.floor(rand() * 200) };
  });
  const windows = Array.from({ length: queries }, () => Math.floor(rand() * docLength));

  const index = new IntervalIndex<IntervalLike>();
  const naive = new NaiveIntervalList<IntervalLike>();
  const indexInsert = time(() => items.forEach((i) => index.add(i)));
  const naiveInsert = time(() => items.forEach((i) => naive.add(i)));

  // The naive list sorts on every query; give it a pre-sorted array and a plain filter instead,
  // which is the fastest a list can do, so the ratio is not flattered.
  const sorted = naive.all();
  let found = 0;
  const indexQuery = time(() => {
    for (const s of windows) found += index.overlapping(s, s + 3000).length;
  });
  let foundNaive = 0;
  const naiveQuery = time(() => {
    for (const s of windows) {
      foundNaive += sorted.filter((i) => i.start < s + 3000 && i.end > s).length;
    }
  });
  if (found !== foundNaive) throw new Error(`Index found ${found}, naive ${foundNaive}`);

  return [
    { label: `interval index: ${n} inserts`, value: indexInsert, unit: 'ms' },
    { label: `naive list: ${n} inserts`, value: naiveInsert, unit: 'ms' },
    { label: `interval index: ${queries} viewport queries`, value: indexQuery, unit: 'ms' },
    { label: `naive list: ${queries} viewport queries`, value: naiveQuery, unit: 'ms' },
    { label: 'viewport query speed-up over naive list', value: naiveQuery / indexQuery, unit: 'x' },
  ];
}
