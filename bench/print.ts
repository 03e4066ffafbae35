/** One benchmark figure. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
}

/** Prints a titled block of figures, aligned, for humans and for diffing between runs. */
export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures)
    console.log(`  ${f.label.padEnd(width)}  ${String(round(f.value)).padStart(10)} ${f.unit}`);
}

/** Median wall time of `runs` calls, in milliseconds. */
export function medianMs(work: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Rounds a figure to something readable. */
export function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
