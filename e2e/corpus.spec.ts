import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  corpusList,
  documentView,
  openDocument,
  SAMPLE_DOCUMENTS,
  startEmpty,
  startWithSample,
} from './support';

test('first run opens the sample corpus with one click and renders Markdown as formatted text', async ({
  page,
}) => {
  await startWithSample(page);
  for (const name of SAMPLE_DOCUMENTS)
    await expect(page.getByRole('button', { name: `Open ${name}` })).toBeVisible();
  await openDocument(page, 'E-RES-2011-31.md');
  const view = documentView(page);
  await expect(view.locator('em', { hasText: 'Reaffirming' }).first()).toBeVisible();
  await expect(view.locator('sup').first()).toBeVisible();
  await expect(view).not.toContainText('*Recommends*');
  await expect(view).not.toContainText('<sup>');
});

test('find a phrase in the open document: count, next and previous', async ({ page }) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await documentView(page).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: 'Find in document' });
  await search.getByRole('searchbox').fill('technical assistance');
  const status = search.getByRole('status');
  await expect(status).toHaveText(/^1 of \d+$/);
  const total = Number((await status.textContent())?.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(`${total} of ${total}`);
  await search.getByRole('searchbox').fill('no such phrase anywhere');
  await expect(status).toHaveText('No matches');
});

/** A folder with two good documents, one binary file and one empty file. */
function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-e2e-'));
  mkdirSync(join(dir, 'interviews'));
  writeFileSync(
    join(dir, 'interviews', 'interview-01.txt'),
    'Interviewer: How did it start?\r\nRespondent: Slowly, then all at once.\r\n',
  );
  writeFileSync(join(dir, 'notes.md'), '# Field notes\n\nThe *first* visit was in **May**.\n');
  // A binary file with a text extension: the one bad file.
  writeFileSync(
    join(dir, 'scan.txt'),
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]),
  );
  // Not a document type, and a hidden file: skipped, as the desktop folder walk does, and counted.
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, '.DS_Store'), 'x');
  return dir;
}

test('import a folder by the picker: the bad file is reported by name, the others load, and a reload keeps them', async ({
  page,
}) => {
  await startEmpty(page);
  const dir = makeFolder();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Open folder…' }).click();
  await (await chooser).setFiles(dir);
  await expect(page.getByRole('alert')).toContainText('scan.txt');
  await expect(page.getByRole('alert')).toContainText(/binary/i);
  await expect(page.getByRole('status', { name: 'Check these documents' })).toContainText(
    '2 files were skipped',
  );
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Open interview-01.txt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open notes.md' })).toBeVisible();

  // The same files again are reported as duplicates, not added twice.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Open folder…' }).click();
  await (await again).setFiles(dir);
  await expect(
    page.getByRole('status', { name: 'Already in the project, not imported again' }),
  ).toBeVisible();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);

  await page.reload();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
  await openDocument(page, 'interview-01.txt');
  await expect(documentView(page)).toContainText('Respondent: Slowly, then all at once.');
});

test('import files by drag and drop, including one bad file', async ({ page }) => {
  await startEmpty(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['First document.\n\nSecond paragraph.'], 'dropped.txt', { type: 'text/plain' }),
    );
    transfer.items.add(
      new File(['## Heading\n\nBody with *emphasis*.'], 'dropped.md', { type: 'text/markdown' }),
    );
    transfer.items.add(new File([''], 'empty.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('.app', 'drop', { dataTransfer });
  await expect(page.getByRole('alert')).toContainText('empty.txt');
  await expect(page.getByRole('alert')).toContainText(/empty/i);
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
  await openDocument(page, 'dropped.md');
  await expect(documentView(page).locator('em', { hasText: 'emphasis' })).toBeVisible();
  await expect(documentView(page)).not.toContainText('*');
});

test('rename, remove to trash and restore a document', async ({ page }) => {
  await startWithSample(page);
  await page.getByRole('button', { name: 'Rename A-RES-68-187.txt' }).click();
  const input = page.getByLabel('New name for A-RES-68-187.txt');
  await input.fill('GA 68-187.txt');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: 'Open GA 68-187.txt' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove GA 68-187.txt' }).click();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await trash.getByRole('button', { name: 'Restore document GA 68-187.txt' }).click();
  await expect(trash).toContainText('The trash is empty.');
  await trash.getByRole('button', { name: 'Close' }).click();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(4);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open GA 68-187.txt' })).toBeVisible();
});
