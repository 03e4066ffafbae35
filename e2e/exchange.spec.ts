import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  corpusList,
  documentView,
  openDocument,
  selectWithMouse,
  startEmpty,
  startWithSample,
  stripeCodes,
} from './support';
import { chooseProjectFile, exportProjectDownload, exportProjectInto } from './team-support';

async function codeTree(page: Page): Promise<string[]> {
  return page
    .getByRole('tree', { name: 'Codebook' })
    .getByRole('treeitem')
    .evaluateAll((items) =>
      items.map((i) => `${i.getAttribute('aria-level')}:${i.getAttribute('aria-label')}`),
    );
}

/** The starter codes on hotkeys 2 and 1, as their stripes are labelled. */
const INTERNET_CODE = 'Use of the Internet';
const VICTIMS_CODE = 'Victims of terrorism';

test('export, import into a fresh profile: the same codebook and highlights; export again is identical', async ({
  page,
  browser,
}) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, 'transparent and accountable criminal justice systems');
  await documentView(page).press('1');
  await selectWithMouse(page, 'accountable criminal justice');
  await documentView(page).press('2');
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'Memo' }).fill('Memo with émoji 🎉 and “quotes”.');
  await page.getByRole('textbox', { name: 'Memo' }).blur();
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText('Memo with émoji');
  const tree = await codeTree(page);
  // Both codes' stripes, once the second span's write has landed and the stripes followed it.
  const stripes = [INTERNET_CODE, VICTIMS_CODE];
  await expect.poll(async () => (await stripeCodes(page)).sort()).toEqual(stripes);

  const file = await exportProjectInto(page, mkdtempSync(join(tmpdir(), 'marginalia-export-')));
  const first = readFileSync(file, 'utf8');
  expect(JSON.parse(first).format).toBe('marginalia-exchange');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await startEmpty(other, 'Grace Coder');
  await chooseProjectFile(other, file);
  await expect(other.getByRole('status', { name: /Imported project/ })).toBeVisible();
  await expect(corpusList(other).getByRole('listitem')).toHaveCount(4);
  expect(await codeTree(other)).toEqual(tree);
  await openDocument(other, 'E-RES-2017-17.txt');
  // Stripes are drawn near the viewport: bring the coded paragraph into view from the list.
  await other.getByRole('list', { name: 'Annotations' }).getByRole('button').first().click();
  await expect.poll(async () => (await stripeCodes(other)).sort()).toEqual(stripes);
  await expect(other.getByRole('list', { name: 'Annotations' })).toContainText(
    'Memo with émoji 🎉 and “quotes”.',
  );

  const second = await exportProjectDownload(other);
  const again = readFileSync(await second.path(), 'utf8');
  const withoutTime = (text: string) =>
    text.replace(/"exportedAt": "[^"]*"/, '').replace(/"exportedBy": \{[^}]*\}/, '');
  expect(withoutTime(again)).toBe(withoutTime(first));
  await fresh.close();
});

test('a corrupted exchange file is refused with a clear error and nothing changes', async ({
  page,
}) => {
  await startWithSample(page);
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-bad-'));
  const broken = join(dir, 'broken.marginalia.json');
  writeFileSync(broken, '{ "format": "marginalia-exchange", "version": 1, "project": ');
  await chooseProjectFile(page, broken);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.marginalia.json: not imported, nothing changed');
  await expect(alert).toContainText(/JSON/);

  const invalid = join(dir, 'invalid.marginalia.json');
  writeFileSync(
    invalid,
    JSON.stringify({
      format: 'marginalia-exchange',
      version: 1,
      project: { id: 1 },
      annotations: 'none',
    }),
  );
  await chooseProjectFile(page, invalid);
  await expect(
    page.getByRole('alert').filter({ hasText: 'invalid.marginalia.json' }),
  ).toContainText('annotations');
  await expect(page.getByRole('combobox', { name: 'Project' }).getByRole('option')).toHaveCount(1);
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(4);
});
