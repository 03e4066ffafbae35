import type { Page } from 'playwright';
import type { GroupRun } from './group-run';
import { arm, collect, freshPage, heapMb, pageNow } from './pages';
import { LONG_DOCUMENT } from '../fixtures/project';
import {
  annotationsLoaded,
  importProject,
  startEmpty,
  withLongTasks,
  type Timed,
} from './workbench';

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
export async function mergeTeammate(
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

/** The codes the code-merge scenario merges (the fixture's first two, "Theme 1" into "Theme 2"). */
const MERGED = { from: 'code-00', fromName: 'Theme 1', into: 'code-01', intoName: 'Theme 2' };

/** How many of the project's live annotations carry each code, read straight from IndexedDB. */
function codeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('annotationPages').objectStore('annotationPages').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const counts: Record<string, number> = {};
            const rows = all.result as { annotations: { codeIds: string[]; deleted: boolean }[] }[];
            for (const row of rows)
              for (const a of row.annotations)
                if (!a.deleted) for (const c of a.codeIds) counts[c] = (counts[c] ?? 0) + 1;
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

/**
 * The storage floor of a code merge, in the page: one IndexedDB transaction that reads the
 * annotation rows carrying the code and writes them back unchanged, ms.
 */
function rawRewrite(page: Page, codeId: string): Promise<number> {
  return page.evaluate(
    (code) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const started = performance.now();
          const tx = db.transaction('annotationPages', 'readwrite');
          const store = tx.objectStore('annotationPages');
          const rows = store.index('codeIds').getAll(code);
          rows.onsuccess = () => {
            for (const row of rows.result) store.put(row);
          };
          tx.oncomplete = () => {
            db.close();
            resolve(performance.now() - started);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    codeId,
  );
}

/**
 * Merges "Theme 1" into "Theme 2" through the codebook's Edit code dialog with the long document
 * open: from the click on Merge to the "Merged code" notice painted. Checks afterwards, in
 * IndexedDB, that every annotation that had either code now has "Theme 2" and none "Theme 1", so
 * a merge that drops work fails the run instead of timing it.
 */
export async function mergeCode(
  page: Page,
  counted: (before: Record<string, number>) => void = () => undefined,
): Promise<Timed> {
  await page.getByRole('button', { name: `Open ${LONG_DOCUMENT}` }).click();
  await annotationsLoaded(page);
  const before = await codeCounts(page);
  counted(before);
  // Collect the garbage of that count now, so its collection is not timed as the merge's.
  await heapMb(page);
  await page.getByRole('button', { name: `Edit ${MERGED.fromName}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit code ${MERGED.fromName}` });
  await dialog.getByLabel('Merge into').selectOption({ label: MERGED.intoName });
  const since = await pageNow(page);
  await arm(page, 'click', 'notice', '^Merged code ', 600_000);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  const timed = await withLongTasks(page, since, await collect(page));
  const after = await codeCounts(page);
  const from = before[MERGED.from] ?? 0;
  // Annotations with both codes keep one: at least the larger count, at most the sum.
  const into = after[MERGED.into] ?? 0;
  const most = from + (before[MERGED.into] ?? 0);
  const least = Math.max(from, before[MERGED.into] ?? 0);
  if (from === 0 || (after[MERGED.from] ?? 0) !== 0 || into < least || into > most)
    throw new Error(
      `after merging, ${after[MERGED.from] ?? 0} annotations still have ${MERGED.fromName} and ` +
        `${into} have ${MERGED.intoName} (expected 0 and ${least}-${most})`,
    );
  return timed;
}

/** Undo of the code merge, then purging a code from the trash, as timed by `undoThenPurge`. */
interface AfterMerge {
  undo: Timed;
  purge: Timed;
}

/**
 * After `mergeCode`: Undo in the toolbar (from the click to the Redo button naming the merge),
 * then "Theme 1" deleted to the trash (not timed) and deleted there for good (from Enter on its
 * "Delete for good" button to its row gone from the Trash dialog). Checks in IndexedDB that the
 * undo gave every annotation its codes back (the counts of both codes as before the merge) and
 * that the purge left no annotation with "Theme 1" and every "Theme 2" one as it was.
 */
export async function undoThenPurge(
  page: Page,
  before: Record<string, number>,
): Promise<AfterMerge> {
  let since = await pageNow(page);
  await arm(page, 'click', 'button', { pattern: '^Redo: merge code ', present: true }, 600_000);
  await page.getByRole('button', { name: /^Undo: merge code / }).click();
  const undo = await withLongTasks(page, since, await collect(page));
  const undone = await codeCounts(page);
  for (const id of [MERGED.from, MERGED.into])
    if ((undone[id] ?? 0) !== (before[id] ?? 0))
      throw new Error(
        `after undoing the merge, ${undone[id] ?? 0} annotations have ${id}, not ${before[id] ?? 0}`,
      );
  await page.getByRole('button', { name: `Edit ${MERGED.fromName}`, exact: true }).click();
  await page
    .getByRole('dialog', { name: `Edit code ${MERGED.fromName}` })
    .getByRole('button', { name: 'Delete code' })
    .click();
  await page.getByRole('treeitem', { name: MERGED.fromName, exact: true }).waitFor({
    state: 'detached',
  });
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const purgeButton = page.getByRole('button', { name: `Delete code ${MERGED.fromName} for good` });
  await purgeButton.waitFor();
  // The "Delete for good?" question answered yes at once: the time a native confirm stays open
  // blocks the main thread but is the user's, not the workbench's work.
  await page.evaluate(() => {
    const ask = window.confirm;
    window.confirm = () => ((window.confirm = ask), true);
  });
  await heapMb(page);
  since = await pageNow(page);
  const gone = `^Delete code ${MERGED.fromName} for good$`;
  // Pressed with the keyboard: the mouse press on it, in the Trash dialog over the open
  // 100,000-annotation document, was itself a 200 ms task (hit-test style and layout, selection
  // handling; profiled) before any purge code ran, which would hide the purge's own tasks.
  await purgeButton.focus();
  await arm(page, 'keydown', 'button', { pattern: gone, present: false }, 600_000);
  await page.keyboard.press('Enter');
  const purge = await withLongTasks(page, since, await collect(page));
  const purged = await codeCounts(page);
  if ((purged[MERGED.from] ?? 0) !== 0 || (purged[MERGED.into] ?? 0) !== (before[MERGED.into] ?? 0))
    throw new Error(
      `after purging ${MERGED.fromName}, ${purged[MERGED.from] ?? 0} annotations still have it and ` +
        `${purged[MERGED.into] ?? 0} have ${MERGED.intoName} (expected 0 and ${before[MERGED.into] ?? 0})`,
    );
  return { undo, purge };
}

/**
 * Merging one code into another through the codebook at each detail size (the project of that
 * many annotations open, 30 codes), each run in a fresh profile: click → notice painted and the
 * longest main-thread task, beside the storage floor measured in the same profile just before:
 * reading and rewriting, raw, the IndexedDB rows that carry the code.
 */
export async function runCodeMergeScenarios(run: GroupRun): Promise<void> {
  const { browser, origin, config, fixtures, results, log } = run;
  for (const n of config.detailSizes) {
    if (n === 0) continue;
    log(`merge: one code into another with ${n} annotations`);
    const times: Timed[] = [];
    const after: AfterMerge[] = [];
    const baseline: number[] = [];
    for (let r = 0; r < config.runs; r++) {
      const ours = await freshPage(browser);
      try {
        await startEmpty(ours.page, origin);
        await importProject(ours.page, fixtures.exchangeFile(n));
        baseline.push(await rawRewrite(ours.page, MERGED.from));
        let before: Record<string, number> = {};
        times.push(await mergeCode(ours.page, (counts) => (before = counts)));
        after.push(await undoThenPurge(ours.page, before));
      } finally {
        await ours.context.close();
      }
    }
    const scenario = `merge a code into another in the codebook (${n} annotations)`;
    const merged = results.add(
      scenario,
      'Merge clicked → "Merged code" notice painted',
      'ms',
      times.map((t) => t.ms),
    );
    results.add(
      scenario,
      'longest main-thread task',
      'ms',
      times.map((t) => t.longestTask),
    );
    results.add(
      scenario,
      'main-thread tasks > 100 ms',
      'count',
      times.map((t) => t.longTasks100 ?? 0),
    );
    const raw = results.add(
      scenario,
      "raw IndexedDB read + rewrite of the code's rows (baseline)",
      'ms',
      baseline,
    );
    results.ratio(scenario, 'merge ÷ raw rewrite', merged, raw);
    const undoScenario = `undo the code merge, then purge a code from the trash (${n} annotations)`;
    for (const [step, label] of [
      ['undo', 'Undo clicked → Redo names the merge'],
      ['purge', 'Delete for good pressed (Enter) → its row gone'],
    ] as const) {
      results.add(
        undoScenario,
        label,
        'ms',
        after.map((t) => t[step].ms),
      );
      results.add(
        undoScenario,
        `${step}: longest main-thread task`,
        'ms',
        after.map((t) => t[step].longestTask),
      );
      results.add(
        undoScenario,
        `${step}: main-thread tasks > 100 ms`,
        'count',
        after.map((t) => t[step].longTasks100 ?? 0),
      );
    }
  }
}
