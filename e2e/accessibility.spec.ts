import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDocument, selectWithMouse, startWithSample, documentView } from './support';

/** Serious and critical WCAG A/AA violations axe-core finds on the page as it is now. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the welcome dialog has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('dialog', { name: 'Welcome to Marginalia' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the workbench with a coded document open has no serious accessibility violations', async ({
  page,
}) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, 'accountable criminal justice systems');
  await documentView(page).press('1');
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the quick picker and the shortcuts sheet have no serious accessibility violations', async ({
  page,
}) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2011-31.md');
  await documentView(page).focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Apply a code' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
