import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';

/**
 * Exports the open project through Import/Export → Export project… → Export and returns the
 * download (save it, or read its `path()`).
 */
export async function exportProjectDownload(page: Page): Promise<Download> {
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Export project…' }).click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Export project' })
    .getByRole('button', { name: 'Export' })
    .click();
  return download;
}

/** Exports the open project and saves the file at `file`; returns `file`. */
export async function exportProjectTo(page: Page, file: string): Promise<string> {
  await (await exportProjectDownload(page)).saveAs(file);
  return file;
}

/** Exports the open project into `dir` under the name the app suggests; returns its path. */
export async function exportProjectInto(page: Page, dir: string): Promise<string> {
  const download = await exportProjectDownload(page);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Picks `path` in the file chooser of Import/Export → Import project…. */
export async function chooseProjectFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Import project…' }).click();
  await (await chooser).setFiles(path);
}

/**
 * Serious and critical WCAG A/AA violations axe-core finds on the page as it is now (inside
 * `include`, a CSS selector, when given), one line each.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
