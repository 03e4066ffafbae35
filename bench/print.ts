import { round, type BenchFigure as Figure } from '../src/core/bench/measure';

/** Prints a titled block of figures, aligned, for humans and for diffing between runs. */
export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures)
    console.log(`  ${f.label.padEnd(width)}  ${String(round(f.value)).padStart(10)} ${f.unit}`);
}
