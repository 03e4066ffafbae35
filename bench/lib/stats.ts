/** One printed and saved figure: the median of `runs` measurements, with their min and max. */
export interface Row {
  scenario: string;
  figure: string;
  value: number;
  unit: string;
  runs: number;
  min: number;
  max: number;
}

/** The value at quantile `q` (0-1) of a list, nearest-rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median (the lower middle for an even count, so it is always a measured value). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Rounds for reading: whole numbers from 100 up, two decimals below. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** A row from raw measurements (one per run). */
export function row(scenario: string, figure: string, unit: string, samples: number[]): Row {
  return {
    scenario,
    figure,
    unit,
    value: round(median(samples)),
    runs: samples.length,
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
  };
}

/** A ratio row (ours ÷ baseline, both medians from this run); min and max are the ratio too. */
export function ratio(scenario: string, figure: string, ours: Row, baseline: Row): Row {
  const value = round(ours.value / baseline.value);
  return {
    scenario,
    figure,
    unit: '×',
    value,
    runs: Math.min(ours.runs, baseline.runs),
    min: value,
    max: value,
  };
}

/** Collects rows in the order they are measured. */
export class Results {
  readonly rows: Row[] = [];

  /** Adds a row of samples and returns it (for ratios). */
  add(scenario: string, figure: string, unit: string, samples: number[]): Row {
    const r = row(scenario, figure, unit, samples);
    this.rows.push(r);
    return r;
  }

  /** Adds rows measured elsewhere (e.g. micro-benchmarks). */
  push(...rows: Row[]): void {
    this.rows.push(...rows);
  }

  /** Rows grouped by scenario, scenarios in the order first measured (ratios join their scenario). */
  grouped(): Row[] {
    const order = [...new Set(this.rows.map((r) => r.scenario))];
    return order.flatMap((scenario) => this.rows.filter((r) => r.scenario === scenario));
  }

  /** Adds ours ÷ baseline when both were measured. */
  ratio(scenario: string, figure: string, ours?: Row, baseline?: Row): void {
    if (ours && baseline && baseline.value > 0)
      this.rows.push(ratio(scenario, figure, ours, baseline));
  }
}
