import { IntervalIndex, type IntervalLike } from '../../src/core/index/interval-index';
import { seededRandom } from '../fixtures/random';
import type { Results } from '../lib/stats';
import { SortedIntervalArray } from './sorted-array';

/** Annotations added one by one in the coding case. */
const ADDED = 1000;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * The interval index against a sorted array with binary search (not a strawman list): building
 * it from `n` annotations, and `queries` viewport queries (3,000-character windows) over a
 * document ten characters per annotation long with spans of 1-300 characters, as the
 * benchmark's projects have. Then the two cases where the simple array pays: the same queries
 * once one annotation covers the whole document (coders often code a whole interview, and the
 * array's bound on span length then makes every query scan from the start), and 1,000 annotations
 * added one by one (coding a session), each followed by a query. Both must find the same
 * annotations.
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
  const added: IntervalLike[] = Array.from({ length: ADDED }, (_, i) => {
    const start = Math.floor(random() * docLength);
    return { id: `new${i}`, start, end: start + 1 + Math.floor(random() * 300) };
  });
  const samples = {
    indexBuild: [] as number[],
    arrayBuild: [] as number[],
    indexQuery: [] as number[],
    arrayQuery: [] as number[],
    indexWhole: [] as number[],
    arrayWhole: [] as number[],
    indexAdds: [] as number[],
    arrayAdds: [] as number[],
  };
  for (let r = 0; r < runs; r++) {
    const index = new IntervalIndex<IntervalLike>();
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
    // One annotation over the whole document.
    const whole = { id: 'whole', start: 0, end: docLength };
    index.add(whole);
    array = new SortedIntervalArray([...items, whole]);
    found = foundArray = 0;
    samples.indexWhole.push(
      time(() => windows.forEach((s) => (found += index.overlapping(s, s + 3000).length))),
    );
    samples.arrayWhole.push(
      time(() => windows.forEach((s) => (foundArray += array.overlapping(s, s + 3000).length))),
    );
    if (found !== foundArray)
      throw new Error(`with a whole-document span: index ${found}, sorted array ${foundArray}`);
    index.remove(whole.id);
    array = new SortedIntervalArray(items);
    found = foundArray = 0;
    samples.indexAdds.push(
      time(() =>
        added.forEach((a) => {
          index.add(a);
          found += index.overlapping(a.start, a.start + 3000).length;
        }),
      ),
    );
    samples.arrayAdds.push(
      time(() =>
        added.forEach((a) => {
          array.add(a);
          foundArray += array.overlapping(a.start, a.start + 3000).length;
        }),
      ),
    );
    if (found !== foundArray)
      throw new Error(`after adding spans: index ${found}, sorted array ${foundArray}`);
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
  const wholeOurs = results.add(
    scenario,
    `${queries} viewport queries, one whole-document annotation: interval index`,
    'ms',
    samples.indexWhole,
  );
  const wholeBase = results.add(
    scenario,
    `${queries} viewport queries, one whole-document annotation: sorted array (baseline)`,
    'ms',
    samples.arrayWhole,
  );
  results.ratio(scenario, 'whole-document case: index ÷ sorted array', wholeOurs, wholeBase);
  const addOurs = results.add(
    scenario,
    `${ADDED} annotations added one by one, each with a query: interval index`,
    'ms',
    samples.indexAdds,
  );
  const addBase = results.add(
    scenario,
    `${ADDED} annotations added one by one, each with a query: sorted array (baseline)`,
    'ms',
    samples.arrayAdds,
  );
  results.ratio(scenario, 'adding: index ÷ sorted array', addOurs, addBase);
}
