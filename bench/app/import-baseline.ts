import { basename } from 'node:path';
import type { Browser } from 'playwright';
import type { ImportBenchRequest, ImportTimes } from '../pages/import-worker';
import type { Results, Row } from '../lib/stats';
import { freshPage } from './pages';

/** Imports the file once in the import page's worker (a fresh profile), as `how` says. */
async function importInWorker(
  browser: Browser,
  origin: string,
  file: string,
  how: ImportBenchRequest['how'],
): Promise<ImportTimes> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${origin}/__bench/import.html`);
    await page.waitForFunction(() => 'runImportBench' in window);
    const request: ImportBenchRequest = {
      url: `/__data/${basename(file)}`,
      how,
      database: 'bench-import',
    };
    return await page.evaluate(
      (r) => (window as unknown as ImportPageWindow).runImportBench(r),
      request,
    );
  } finally {
    await context.close();
  }
}

/**
 * Where an import's time goes, and its baseline, measured beside the workbench's import in the
 * same run: the product's own steps in a worker (read, parse + validate, hash check, staged
 * write), and raw IndexedDB writing the same rows (annotations cut into rows per document, as
 * schema version 7 stores them) in one worker and one transaction, into the same object stores
 * with the same indexes (the strongest simple alternative) and with primary keys only; and, for
 * comparison, one record per annotation with version 6's indexes. Adds ours ÷ raw for the
 * workbench's import row.
 */
export async function runImportBaseline(
  browser: Browser,
  origin: string,
  file: string,
  runs: number,
  results: Results,
  scenario: string,
  ours: Row,
): Promise<void> {
  const product: ImportTimes[] = [];
  const raw: ImportTimes[] = [];
  const keys: ImportTimes[] = [];
  const records: ImportTimes[] = [];
  for (let r = 0; r < runs; r++) {
    product.push(await importInWorker(browser, origin, file, 'product'));
    raw.push(await importInWorker(browser, origin, file, 'raw'));
    keys.push(await importInWorker(browser, origin, file, 'raw-keys'));
    records.push(await importInWorker(browser, origin, file, 'raw-records'));
  }
  const add = (figure: string, list: ImportTimes[], key: keyof ImportTimes, unit = 'ms') =>
    results.add(
      scenario,
      figure,
      unit,
      list.map((t) => t[key]),
    );
  add("in a worker, product's steps: read the file", product, 'read');
  add("in a worker, product's steps: parse + validate", product, 'parse');
  add("in a worker, product's steps: content hash check", product, 'hashes');
  add("in a worker, product's steps: staged write", product, 'write');
  add("in a worker, product's steps: write transactions", product, 'transactions', 'count');
  const steps = add("in a worker, product's steps: total", product, 'total');
  add('raw IndexedDB in a worker: JSON.parse', raw, 'parse');
  add('raw IndexedDB in a worker: one transaction of adds', raw, 'write');
  const baseline = add(
    'raw IndexedDB in a worker, same stores and indexes (baseline)',
    raw,
    'total',
  );
  add('raw IndexedDB in a worker, primary keys only: adds', keys, 'write');
  add(
    'raw IndexedDB in a worker, one record per annotation with v6 indexes: total',
    records,
    'total',
  );
  results.ratio(scenario, 'ours (file picked → painted) ÷ raw IndexedDB', ours, baseline);
  results.ratio(scenario, "product's steps ÷ raw IndexedDB", steps, baseline);
}

/** What the import page puts on window. */
interface ImportPageWindow {
  runImportBench(request: ImportBenchRequest): Promise<ImportTimes>;
}
