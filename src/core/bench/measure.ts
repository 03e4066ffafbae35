/** One benchmark figure, as `npm run bench` prints it. */
export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
}

/** The median of a list of timings (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median wall time of `run` over several repetitions after one warm-up, in milliseconds. */
export function medianMs(run: () => unknown, repetitions = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Rounds a figure for reading: whole numbers from 100 up, two decimals below. */
export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
