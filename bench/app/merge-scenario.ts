import type { Page } from 'playwright';
import type { GroupRun } from './group-run';
import { arm, collect, freshPage, pageNow } from './pages';
import { importProject, startEmpty, withLongTasks, type Timed } from './workbench';

/** One merge as the user does it: the preview, then Proceed. */
interface MergeTimes {
  preview: Timed;
  merge: Timed;
}

/**
 * Import project… with the teammate's file while the shared project is open: from the file
 * picked to the merge preview's counts painted, then from Proceed to the "Merged" notice
 * painted. Checks the preview's counts of new, updated and conflicting annotations, so a merge
 * that drops or doubles work fails the run instead of timing it.
 */
async function mergeTeammate(
  page: Page,
  file: string,
  expect: { newAnnotations: number; changedAnnotations: number },
): Promise<MergeTimes> {
  let since = await pageNow(page);
  // A merge of 100,000 records takes minutes on a loaded machine: wait up to ten.
  await arm(page, 'change', 'dialogTable', 'Merge preview', 600_000);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Import project…' }).click();
  await (await chooser).setFiles(file);
  const preview = await withLongTasks(page, since, await collect(page));
  const dialog = page.getByRole('dialog', { name: 'Merge preview' });
  // Cells of the Annotations row: new, updated, deleted, unchanged, in conflict, purged.
  const cells = await dialog
    .getByRole('row', { name: /^Annotations/ })
    .getByRole('cell')
    .allTextContents();
  const [added, updated, , , conflicts] = cells.map((c) => Number(c.replace(/\D/g, '')));
  if (added !== expect.newAnnotations || updated !== expect.changedAnnotations || conflicts !== 0)
    throw new Error(
      `the merge preview counts ${added} new, ${updated} updated and ${conflicts} conflicting ` +
        `annotations, not ${expect.newAnnotations}, ${expect.changedAnnotations} and 0`,
    );
  since = await pageNow(page);
  await arm(page, 'click', 'notice', '^Merged ', 600_000);
  await dialog.getByRole('button', { name: 'Proceed' }).click();
  const merge = await withLongTasks(page, since, await collect(page));
  return { preview, merge };
}

/**
 * Merging a teammate's file at each detail size (their whole project: every record the two
 * share, a tenth more annotations of theirs, a twentieth changed), each run in fresh profiles:
 * the preview and the merge with their longest main-thread tasks, beside the baseline measured in
 * the same run: importing the same file into an empty profile, which reads and writes as much
 * without comparing anything.
 */
export async function runMergeScenarios(run: GroupRun): Promise<void> {
  const { browser, origin, config, fixtures, results, log } = run;
  for (const n of config.detailSizes) {
    if (n === 0) continue;
    const teammate = fixtures.teammateFile(n);
    log(`merge: a teammate's file into ${n} annotations`);
    const times: MergeTimes[] = [];
    const baseline: Timed[] = [];
    for (let r = 0; r < config.runs; r++) {
      const ours = await freshPage(browser);
      try {
        await startEmpty(ours.page, origin);
        await importProject(ours.page, fixtures.exchangeFile(n));
        times.push(await mergeTeammate(ours.page, teammate.path, teammate));
      } finally {
        await ours.context.close();
      }
      const bare = await freshPage(browser);
      try {
        await startEmpty(bare.page, origin);
        baseline.push(await importProject(bare.page, teammate.path));
      } finally {
        await bare.context.close();
      }
    }
    const scenario = `merge a teammate's file (${n} + ${teammate.newAnnotations} annotations)`;
    results.add(
      scenario,
      'file picked → preview painted',
      'ms',
      times.map((t) => t.preview.ms),
    );
    results.add(
      scenario,
      'Proceed → "Merged" notice painted',
      'ms',
      times.map((t) => t.merge.ms),
    );
    const both = results.add(
      scenario,
      'preview + merge',
      'ms',
      times.map((t) => t.preview.ms + t.merge.ms),
    );
    results.add(
      scenario,
      'longest main-thread task',
      'ms',
      times.map((t) => Math.max(t.preview.longestTask, t.merge.longestTask)),
    );
    results.add(
      scenario,
      'main-thread tasks > 100 ms',
      'count',
      times.map((t) => (t.preview.longTasks100 ?? 0) + (t.merge.longTasks100 ?? 0)),
    );
    const imported = results.add(
      scenario,
      'import of the same file into an empty profile (baseline)',
      'ms',
      baseline.map((t) => t.ms),
    );
    results.ratio(scenario, 'preview + merge ÷ import', both, imported);
  }
}
