import { IntervalIndex, type IntervalLike } from '../../src/core/index/interval-index';
import { seededRandom } from '../fixtures/random';
import type { Results } from '../lib/stats';
import { SortedIntervalArray } from './sorted-array';

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * The interval index against a sorted array with binary search (not a strawman list): building
 * it from `n` annotations, and `queries` viewport queries (3,000-character windows) over a
 * document ten characters per annotation long with spans of 1-300 characters, as the
 * benchmark's projects have. Both must find the same annotations.
 */
export function benchIntervalIndex(
  results: Results,
  n: number,
  queries: number,
  runs: number,
): void {
  const random = seededRandom(42);
  const docLength = n * 10;
  const items: IntervalLike[] = Array.from({ length: n }, (_, i) => {
    const start = Math.floor(random() * docLength);
    return { id: `a${i}`, start, end: start + 1 + Math.floor(random() * 300) };
  });
  const windows = Array.from({ length: queries }, () => Math.floor(random() * docLength));
  const samples = {
    indexBuild: [] as number[],
    arrayBuild: [] as number[],
    indexQuery: [] as number[],
    arrayQuery: [] as number[],
  };
  for (let r = 0; r < runs; r++) {
    let index = new IntervalIndex<IntervalLike>();
    let array = new SortedIntervalArray<IntervalLike>([]);
    samples.indexBuild.push(time(() => items.forEach((i) => index.add(i))));
    samples.arrayBuild.push(time(() => (array = new SortedIntervalArray(items))));
    let found = 0;
    let foundArray = 0;
    samples.indexQuery.push(
      time(() => windows.forEach((s) => (found += index.overlapping(s, s + 3000).length))),
    );
    samples.arrayQuery.push(
      time(() => windows.forEach((s) => (foundArray += array.overlapping(s, s + 3000).length))),
    );
    if (found !== foundArray) throw new Error(`index found ${found}, sorted array ${foundArray}`);
    index = new IntervalIndex();
  }
  const scenario = `interval index, ${n} annotations`;
  results.add(scenario, 'build: interval index', 'ms', samples.indexBuild);
  results.add(scenario, 'build: sorted array (baseline)', 'ms', samples.arrayBuild);
  const ours = results.add(
    scenario,
    `${queries} viewport queries: interval index`,
    'ms',
    samples.indexQuery,
  );
  const base = results.add(
    scenario,
    `${queries} viewport queries: sorted array + binary search (baseline)`,
    'ms',
    samples.arrayQuery,
  );
  results.ratio(scenario, 'queries: index ÷ sorted array', ours, base);
}
