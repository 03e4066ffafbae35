import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  documentView,
  openDocument,
  selectWithMouse,
  startEmpty,
  startWithSample,
} from './support';

test('resize an annotation by dragging its end handle', async ({ page }) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, 'accountable criminal justice');
  await documentView(page).press('1');
  const details = page.getByRole('region', { name: 'Selected annotation' });
  await expect(details).toContainText('“accountable criminal justice”');
  const handle = page.getByRole('slider', { name: 'Drag to move the annotation’s end' });
  await expect(handle).toBeVisible();
  // Drag the end handle to the end of the next word ("systems").
  const target = await page.evaluate(() => {
    const root = document.querySelector('[role="document"]') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('accountable criminal justice systems') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      const end = at + 'accountable criminal justice systems'.length;
      range.setStart(node, end - 1);
      range.setEnd(node, end);
      const rect = range.getBoundingClientRect();
      return { x: rect.right - 0.5, y: rect.top + rect.height / 2 };
    }
    throw new Error('phrase not found');
  });
  const box = await handle.boundingBox();
  if (!box) throw new Error('no handle box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 6 });
  await page.mouse.up();
  await expect(details).toContainText('“accountable criminal justice systems”');
  await page.getByRole('button', { name: 'Undo: resize annotation' }).click();
  await expect(details).toContainText('“accountable criminal justice”');
  // The handle is a slider too: with focus on it, Ctrl+Right moves that end by a word.
  await handle.focus();
  await page.keyboard.press('Control+ArrowRight');
  await expect(details).toContainText('“accountable criminal justice systems”');
});

test('memos on a document and on a code; recode and memo edits undo and redo', async ({ page }) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2013-32.txt');
  await page.getByRole('button', { name: 'Document memo' }).click();
  await page.getByLabel('Memo text').fill('Draft stage of GA 68/187.');
  await page.getByRole('button', { name: 'Save memo' }).click();
  await expect(page.getByRole('button', { name: 'Document memo (has a memo)' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit Gender' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit code Gender' });
  await dialog.getByLabel('Memo').fill('Check the 2017 text for new language.');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await selectWithMouse(page, 'technical assistance');
  await documentView(page).press('1');
  const details = page.getByRole('region', { name: 'Selected annotation' });
  await details.getByLabel('Memo').fill('First memo');
  await details.getByLabel('Memo').blur();
  await details.getByLabel('Add a code').selectOption({ label: 'Gender' });
  await expect(details.getByRole('button', { name: 'Remove code Gender' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: add code Gender' }).click();
  await expect(details.getByRole('button', { name: 'Remove code Gender' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo: edit annotation memo' }).click();
  await expect(details.getByLabel('Memo')).toHaveValue('');
  await page.getByRole('button', { name: 'Redo: edit annotation memo' }).click();
  await expect(details.getByLabel('Memo')).toHaveValue('First memo');

  await page.reload();
  await openDocument(page, 'E-RES-2013-32.txt');
  await expect(page.getByRole('button', { name: 'Document memo (has a memo)' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Gender' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Edit code Gender' }).getByLabel('Memo'),
  ).toHaveValue('Check the 2017 text for new language.');
});

test('export the codebook on its own and import it into another project', async ({ page }) => {
  await startWithSample(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export codebook' }).click();
  const file = join(
    mkdtempSync(join(tmpdir(), 'marginalia-codebook-')),
    (await download).suggestedFilename(),
  );
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('marginalia-codebook');

  await page.getByRole('button', { name: 'Project menu' }).click();
  await page.getByRole('menuitem', { name: 'New project…' }).click();
  await page.getByLabel('Project name').fill('Second study');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import codebook' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('treeitem', { name: 'Victims of terrorism' })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: 'Capacity building' })).toHaveAttribute(
    'aria-level',
    '2',
  );
  // Switching back shows the sample project's own codebook, untouched.
  await page
    .getByRole('combobox', { name: 'Project' })
    .selectOption({ label: 'Sample: UN counter-terrorism resolutions' });
  await expect(page.getByRole('treeitem', { name: 'Victims of terrorism' })).toHaveCount(1);
});

test('projects: create, rename, delete to trash and restore', async ({ page }) => {
  await startEmpty(page);
  const project = page.getByRole('combobox', { name: 'Project' });
  await expect(project.getByRole('option', { name: 'My project' })).toBeAttached();
  await page.getByRole('button', { name: 'Project menu' }).click();
  await page.getByRole('menuitem', { name: 'Rename project…' }).click();
  await page.getByLabel('Project name').fill('Interviews 2026');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(project.getByRole('option', { name: 'Interviews 2026' })).toBeAttached();
  await page.getByRole('button', { name: 'Project menu' }).click();
  await page.getByRole('menuitem', { name: 'Delete project' }).click();
  await expect(project.getByRole('option', { name: 'Interviews 2026' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Restore project Interviews 2026' }).click();
  await page.getByRole('dialog', { name: 'Trash' }).getByRole('button', { name: 'Close' }).click();
  await expect(project).toHaveValue(/.+/);
  await expect(project.getByRole('option', { name: 'Interviews 2026' })).toBeAttached();
  await page.reload();
  await expect(project.getByRole('option', { name: 'Interviews 2026' })).toBeAttached();
});

test('in-vivo coding: a code named after the selected words', async ({ page }) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, 'accountable criminal justice systems');
  await page.getByRole('button', { name: 'In-vivo code' }).click();
  await expect(
    page.getByRole('treeitem', { name: 'accountable criminal justice systems' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText(
    'accountable criminal justice systems',
  );
  await expect(
    page.getByRole('button', { name: 'Undo: apply code accountable criminal justice systems' }),
  ).toBeVisible();
});
