import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { corpusList, openDocument, startEmpty, startWithSample } from './support';

// Real exports are read in place from ../shared/interop; their texts are never printed.
const interop = (name: string) =>
  fileURLToPath(new URL(`../../shared/interop/${name}`, import.meta.url));

async function menu(page: Page, item: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await (await chooser).setFiles(file);
}

test('the recogito W3C example places all five annotations on its page, opened as HTML, and Undo takes them back', async ({
  page,
}) => {
  await startEmpty(page);
  // The page itself: the workbench reads its content element's text without the parts marked
  // not-annotatable (parse5, as the CLI does; a browser test holds it equal to the DOM's text).
  const pageName = 'recogito-textannotator-odyssey-page-354b46b.html';
  await menu(page, 'Open files…', interop(pageName));
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(1);
  await openDocument(page, pageName);

  await menu(
    page,
    'Import W3C annotations into this project…',
    interop('recogito-textannotator-odyssey.w3c.json'),
  );
  const dialog = page.getByRole('dialog', { name: 'Import W3C annotations' });
  const brings = dialog.getByLabel('What the file brings');
  await expect(brings).toContainText('5 annotations to add');
  await expect(brings).not.toContainText('Not placed');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(annotations).toHaveCount(5);

  // The same file again adds nothing.
  await menu(
    page,
    'Import W3C annotations into this project…',
    interop('recogito-textannotator-odyssey.w3c.json'),
  );
  await expect(brings).toContainText('5 annotations already in the project');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(annotations).toHaveCount(0);
});

test('a codebook CSV comes into the codebook after a preview of new and matched codes, as one undoable change', async ({
  page,
}) => {
  await startWithSample(page);
  const tree = page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem');
  const before = await tree.count();
  const first = (await tree.first().getAttribute('aria-label')) ?? '';
  const existing = first.split(',')[0]?.trim() ?? '';
  const file = join(mkdtempSync(join(tmpdir(), 'marginalia-csv-')), 'maxqda-codes.csv');
  writeFileSync(file, `path,colour\n"${existing}",\nInterview themes/Trust,#336699\n`);
  await menu(page, 'Import codebook from CSV…', file);
  const dialog = page.getByRole('dialog', { name: 'Import codebook from CSV' });
  const brings = dialog.getByLabel('What the file brings');
  await expect(brings).toContainText('New codes (2):');
  await expect(brings).toContainText('+ Interview themes > Trust');
  await expect(brings).toContainText('Already in the codebook, kept as they are (1):');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(tree).toHaveCount(before + 2);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(tree).toHaveCount(before);

  // A bad file is refused in the same dialog, naming file and row; nothing changes.
  writeFileSync(file, 'path,colour\nA,red\n');
  await menu(page, 'Import codebook from CSV…', file);
  await expect(dialog).toContainText('cannot be imported; nothing changed');
  await expect(brings).toContainText('maxqda-codes.csv, row 2');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(tree).toHaveCount(before);
});

test('Taguette’s highlights CSV comes in through the same import, each highlight placed by its text', async ({
  page,
}) => {
  await startEmpty(page);
  const csv = readFileSync(interop('taguette-testoracle-highlights.csv'), 'utf8');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data.slice(1);
  // A document holding each highlighted text (Taguette's originals are not shared).
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-taguette-'));
  // Named by us: the project's only document takes highlights whatever document they name.
  const file = join(dir, 'taguette-document.txt');
  writeFileSync(file, [...new Set(rows.map((r) => r[3] ?? ''))].join('\n\nand then\n\n'));
  await menu(page, 'Open files…', file);
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(1);
  await menu(
    page,
    'Import W3C annotations into this project…',
    interop('taguette-testoracle-highlights.csv'),
  );
  const dialog = page.getByRole('dialog', { name: 'Import W3C annotations' });
  const highlights = new Set(rows.map((r) => r[0])).size;
  await expect(dialog.getByLabel('What the file brings')).toContainText(
    `${highlights} annotations to add`,
  );
  await expect(dialog.getByLabel('What the file brings')).not.toContainText('Not placed');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
});
