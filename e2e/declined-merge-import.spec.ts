import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { benchExchangeFile } from '../bench/fixtures/project';
import { corpusList, startEmpty } from './support';
import { chooseProjectFile } from './team-support';

test.use({ locale: 'en-US' });

const SHAPE = { chars: 200_000, paragraphs: 200, codes: 12, annotations: 15_000, seed: 9 };

/** The bench project's file under another project id: another project with the same texts. */
function fileAs(dir: string, projectId: string): string {
  const file = join(dir, `${projectId}.marginalia.json`);
  writeFileSync(file, benchExchangeFile(SHAPE).replaceAll('"bench-project"', `"${projectId}"`));
  return file;
}

/** Starts recording every status text the page shows (checked afterwards). */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('[role="status"]')) seen.push(s.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Clicks the status bar's Cancel the moment the "Importing project" progress bar appears in it
 * (a MutationObserver in the page), and sets `window.cancelled`.
 */
async function cancelWhenWriting(page: Page): Promise<void> {
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const status = document.querySelector('footer[aria-label="Status"]');
      if (!status?.querySelector('progress[aria-label="Importing project"]')) return;
      const cancel = [...status.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Cancel',
      );
      if (!cancel) return;
      observer.disconnect();
      cancel.click();
      (window as unknown as { cancelled?: boolean }).cancelled = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** Picks the file and, in the merge preview it opens, declines the merge for a new project. */
async function importDecliningMerge(page: Page, file: string): Promise<void> {
  await chooseProjectFile(page, file);
  const preview = page.getByRole('dialog', { name: 'Merge preview' });
  await preview
    .getByRole('combobox', { name: 'Merge into' })
    .selectOption({ label: 'A new project' }, { timeout: 120_000 });
  await preview.getByRole('button', { name: 'Proceed' }).click();
}

test('a file sharing texts, merge declined, lands as a new project with progress; Cancel lands nothing', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-declined-'));
  await startEmpty(page);
  await chooseProjectFile(page, fileAs(dir, 'first-project'));
  await expect(page.getByRole('status', { name: /Imported project/ })).toBeVisible({
    timeout: 120_000,
  });
  const projects = page.getByRole('combobox', { name: 'Project' }).getByRole('option');
  await expect(projects).toHaveCount(2);

  // Cancelled while the worker writes it: nothing lands. The status bar's Cancel is clicked in
  // the page as soon as the write's progress bar shows: on a quiet machine the write takes less
  // than a test runner's round trip, so a click from here could come after it landed.
  await cancelWhenWriting(page);
  await importDecliningMerge(page, fileAs(dir, 'cancelled-project'));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { cancelled?: boolean }).cancelled), {
      timeout: 120_000,
    })
    .toBe(true);
  await expect(
    page.getByRole('status', { name: /import cancelled, nothing changed/ }),
  ).toBeVisible();
  await expect(projects).toHaveCount(2);

  // Declined again and left to run: the records written of all are shown, then it opens.
  await recordStatus(page);
  await importDecliningMerge(page, fileAs(dir, 'second-project'));
  await expect(page.getByRole('status', { name: /Imported project/ }).last()).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(projects).toHaveCount(3);
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(
    seen.filter((s) => /^Importing project: [\d,]+ of [\d,]+$/.test(s)).length,
  ).toBeGreaterThan(0);
});
