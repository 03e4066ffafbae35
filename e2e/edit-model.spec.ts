import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  corpusList,
  documentView,
  openDocument,
  selectWithMouse,
  startWithSample,
} from './support';
import { chooseProjectFile, exportProjectInto } from './team-support';

test('two profiles that both started from the sample corpus exchange a project without error', async ({
  browser,
}) => {
  const ada = await (await browser.newContext()).newPage();
  const grace = await (await browser.newContext()).newPage();
  await startWithSample(ada, 'Ada Coder');
  await startWithSample(grace, 'Grace Coder');

  await openDocument(ada, 'E-RES-2017-17.txt');
  await selectWithMouse(ada, 'criminal justice systems');
  await documentView(ada).press('1');
  await expect(ada.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(1);
  const file = await exportProjectInto(ada, mkdtempSync(join(tmpdir(), 'marginalia-teams-')));

  // Grace's profile holds the starter codebook under the same ids: the import must still land.
  await chooseProjectFile(grace, file);
  // Her sample project shares the texts, so the merge preview asks first: she takes a new project.
  const preview = grace.getByRole('dialog', { name: 'Merge preview' });
  await preview
    .getByRole('combobox', { name: 'Merge into' })
    .selectOption({ label: 'A new project' });
  await preview.getByRole('button', { name: 'Proceed' }).click();
  await expect(grace.getByRole('status', { name: /Imported project/ })).toBeVisible();
  await expect(grace.getByRole('alert')).toHaveCount(0);
  await expect(corpusList(grace).getByRole('listitem')).toHaveCount(4);
  await openDocument(grace, 'E-RES-2017-17.txt');
  await expect(grace.getByRole('list', { name: 'Annotations' })).toContainText(
    'criminal justice systems',
  );
  // Her own sample project is still there beside Ada's copy.
  await expect(grace.getByRole('combobox', { name: 'Project' }).getByRole('option')).toHaveCount(2);
});

test('undo survives a reload, with its name, and the document and scroll position left come back', async ({
  page,
}) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, 'criminal justice systems');
  await documentView(page).press('1');
  const list = page.getByRole('list', { name: 'Annotations' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const undo = page.getByRole('button', { name: /^Undo: apply code Victims/ });
  await expect(undo).toBeEnabled();

  await page.waitForTimeout(600); // the history is saved a moment after each step
  await page.reload();
  await expect(page.getByRole('heading', { name: 'E-RES-2017-17.txt' })).toBeVisible();
  // Scrolled back to where the coded paragraph was, far below the top of the document.
  await expect(
    documentView(page).getByText(/transparent and accountable criminal justice systems/),
  ).toBeInViewport();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Redo: apply code Victims/ })).toBeEnabled();
});
