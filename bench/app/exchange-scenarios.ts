import type { Page } from 'playwright';
import type { GroupRun } from './group-run';
import { arm, collect, freshPage, pageNow } from './pages';
import { importProject, startEmpty, withLongTasks, type Timed } from './workbench';

/** Export project… → the Export dialog's Export → the "Exported" notice painted. */
export async function exportProject(page: Page): Promise<Timed> {
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Export project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export project' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  const since = await pageNow(page);
  // Timed from the key press: saving clicks a download link, which a click-armed wait would
  // take for the user's input.
  await arm(page, 'keydown', 'notice', '^Exported');
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await page.keyboard.press('Enter');
  const waited = await collect(page);
  await (await download).cancel();
  return withLongTasks(page, since, waited);
}

/**
 * An automatic backup of the imported project, in a bench page of the same profile (browser
 * mode has no backup folder): the workbench's own backup scheduler with the real exchange
 * worker, writing to a store that hands the file over a MessageChannel, which serializes it on
 * the main thread as the desktop's IPC bridge does.
 */
async function backupProject(page: Page, origin: string): Promise<Timed> {
  await page.goto(`${origin}/__bench/backup.html`);
  await page.waitForFunction(() => 'runBackupBench' in window);
  const since = await pageNow(page);
  const ms = await page.evaluate(() =>
    (window as unknown as { runBackupBench(): Promise<number> }).runBackupBench(),
  );
  // Let the long-task observer deliver the last entries.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  return withLongTasks(page, since, { ms, progressUpdates: 0 });
}

/**
 * Import, export and automatic backup of the exchange file at each detail size, each in a fresh
 * profile per run: the time, the longest main-thread task and how many exceeded 50 and 100 ms
 * (Long Tasks API in the page; 50 ms is its threshold, so "> 100 ms" is counted from durations).
 */
export async function runExchangeScenarios(run: GroupRun): Promise<void> {
  const { browser, origin, config, fixtures, results, log } = run;
  for (const n of config.detailSizes) {
    if (n === 0) continue;
    log(`exchange: import, export, backup at ${n} annotations`);
    const timed: Record<'import' | 'export' | 'backup', Timed[]> = {
      import: [],
      export: [],
      backup: [],
    };
    for (let r = 0; r < config.runs; r++) {
      const { context, page } = await freshPage(browser);
      try {
        await startEmpty(page, origin);
        timed.import.push(await importProject(page, fixtures.exchangeFile(n)));
        timed.export.push(await exportProject(page));
        timed.backup.push(await backupProject(await context.newPage(), origin));
      } finally {
        await context.close();
      }
    }
    const labels = {
      import: 'file picked → "Imported" notice painted',
      export: 'Export pressed → "Exported" notice painted',
      backup: 'automatic backup written',
    };
    for (const kind of ['import', 'export', 'backup'] as const) {
      const scenario = `${kind} (${n} annotations)`;
      const rows = timed[kind];
      results.add(
        scenario,
        labels[kind],
        'ms',
        rows.map((t) => t.ms),
      );
      results.add(
        scenario,
        'longest main-thread task',
        'ms',
        rows.map((t) => t.longestTask),
      );
      results.add(
        scenario,
        'main-thread tasks > 50 ms',
        'count',
        rows.map((t) => t.longTasks),
      );
      results.add(
        scenario,
        'main-thread tasks > 100 ms',
        'count',
        rows.map((t) => t.longTasks100 ?? 0),
      );
      if (kind === 'import' || kind === 'export')
        results.add(
          scenario,
          'progress updates painted',
          'count',
          rows.map((t) => t.progressUpdates),
        );
    }
  }
}
