import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { benchExchangeFile } from '../bench/fixtures/project';
import { startEmpty } from './support';
import { chooseProjectFile } from './team-support';

test.use({ locale: 'en-US' });

/** Annotations in the project: enough that reading and writing it take a noticeable while. */
const ANNOTATIONS = 40_000;

/** Starts recording every status text and progress bar the page shows (checked afterwards). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const look = () => {
      for (const s of document.querySelectorAll('[role="status"]'))
        seen.push(`status ${s.textContent ?? ''}`);
      for (const p of document.querySelectorAll('progress'))
        seen.push(
          `bar ${p.getAttribute('aria-label')} ${p.getAttribute('value')}/${p.getAttribute('max')}`,
        );
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: string[] }).seen);

test('a long export shows records written of all in a progress bar, and Cancel stops it at once', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-progress-'));
  const file = join(dir, 'large.marginalia.json');
  writeFileSync(
    file,
    benchExchangeFile({
      chars: 400_000,
      paragraphs: 400,
      codes: 20,
      annotations: ANNOTATIONS,
      seed: 6,
    }),
  );
  await startEmpty(page);
  await chooseProjectFile(page, file);
  await expect(page.getByRole('status', { name: /Imported project/ })).toBeVisible({
    timeout: 180_000,
  });

  // Export: the dialog shows how many records of how many the worker has written.
  await recordProgress(page);
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Export project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export project' });
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await download;
  const seen = await recorded(page);
  // The project row aside, every record: annotations, codes, two documents, one coder.
  const total = (ANNOTATIONS + 20 + 2 + 1).toLocaleString('en-US');
  expect(seen).toContain('status Reading the project…');
  const figure = new RegExp(`^status Exporting records: [\\d,]+ of ${total}$`);
  expect(seen.filter((s) => figure.test(s)).length).toBeGreaterThan(0);
  const bar = new RegExp(`^bar Exporting records \\d+/${ANNOTATIONS + 23}$`);
  expect(seen.filter((s) => bar.test(s)).length).toBeGreaterThan(0);

  // Export again and cancel while it runs: the dialog closes at once and nothing is saved.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Export project…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden({ timeout: 1000 });
  await page.waitForTimeout(3000);
  expect(downloads).toBe(0);

  // Another format, from the menu: the status bar counts documents written, then it saves.
  await recordProgress(page);
  const csv = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Export coded segments as CSV…' }).click();
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
  const csvSeen = await recorded(page);
  expect(csvSeen).toContain('status Reading the project…');
  expect(
    csvSeen.filter((s) => /^status Exporting documents: \d of 2$/.test(s)).length,
  ).toBeGreaterThan(0);
});
