import type { Browser } from 'playwright';
import type { BenchConfig } from '../config';
import type { Fixtures } from '../fixtures/write-fixtures';
import type { Results } from '../lib/stats';

/**
 * What a scenario group that drives the built app runs with: the browser, the app's origin, the
 * run's sizes, the fixtures, the table its figures go to and the progress log. One object, so
 * each group takes the same thing and main.ts builds it once.
 */
export interface GroupRun {
  browser: Browser;
  origin: string;
  config: BenchConfig;
  fixtures: Fixtures;
  results: Results;
  log: (line: string) => void;
}
