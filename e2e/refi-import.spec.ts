import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  corpusList,
  documentView,
  openDocument,
  selectWithMouse,
  startEmpty,
  startWithSample,
} from './support';
import { macExportOf } from '../src/core/formats/align/test-support/mac-export';

/** Picks `path` in the file chooser of Import/Export → Import REFI-QDA project…. */
async function chooseRefiFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page
    .getByRole('menuitem', { name: 'Import REFI-QDA project (.qdpx, .qde, .qdc)…' })
    .click();
  await (await chooser).setFiles(path);
}

// Real exports are read in place from ../shared/interop; their texts are never printed.
const interop = (name: string) =>
  fileURLToPath(new URL(`../../shared/interop/${name}`, import.meta.url));

test('the NVivo example imports after a preview of what comes in, and can be coded on top', async ({
  page,
}) => {
  await startEmpty(page);
  await chooseRefiFile(page, interop('nvivo-win12.6-oltas0517.qdpx'));
  const dialog = page.getByRole('dialog', { name: 'Import REFI-QDA project' });
  const holds = dialog.getByLabel('What the file holds');
  await expect(holds).toContainText('2 documents, 152 codes');
  await expect(holds).toContainText('303 codings');
  await dialog.getByRole('button', { name: 'Import as a new project' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status', { name: /Imported project/ })).toBeVisible();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);

  // Code on top of the imported work: a keyboard selection and the quick picker.
  const first = corpusList(page).getByRole('listitem').first();
  const name = (await first.getByRole('button', { name: /^Open / }).getAttribute('aria-label'))!;
  await openDocument(page, name.replace(/^Open /, ''));
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await documentView(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('/');
  const picker = page.getByRole('dialog', { name: 'Apply a code' });
  await picker.getByRole('combobox', { name: 'Code name' }).fill('Coded in Marginalia');
  await page.keyboard.press('Control+Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText(
    'Coded in Marginalia',
  );
  expect(await annotations.count()).toBeGreaterThan(0);

  // A file that is not REFI-QDA is refused in the same dialog, naming the problem.
  await chooseRefiFile(page, interop('recogito-textannotator-odyssey.w3c.json'));
  await expect(dialog).toContainText('cannot be imported; nothing changed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
});

test('a coded sample project exported as .qdpx imports into a fresh profile with the same work', async ({
  page,
  browser,
}) => {
  const quote = 'transparent and accountable criminal justice systems';
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, quote);
  await documentView(page).press('1');
  const annotationList = (p: typeof page) => p.getByRole('list', { name: 'Annotations' });
  await expect(annotationList(page)).toContainText(quote);
  const codes = await page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem').count();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Export as REFI-QDA project (.qdpx)…' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'marginalia-qdpx-')), 'sample.qdpx');
  await (await download).saveAs(file);

  // A fresh profile (a new browser context) imports the archive.
  const context = await browser.newContext();
  const other = await context.newPage();
  await startEmpty(other, 'Grace');
  await chooseRefiFile(other, file);
  const dialog = other.getByRole('dialog', { name: 'Import REFI-QDA project' });
  await expect(dialog.getByLabel('What the file holds')).toContainText('4 documents');
  await dialog.getByRole('button', { name: 'Import as a new project' }).click();
  await expect(corpusList(other).getByRole('listitem')).toHaveCount(4);
  await expect(other.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem')).toHaveCount(
    codes,
  );
  await openDocument(other, 'E-RES-2017-17.txt');
  await expect(annotationList(other).getByRole('listitem')).toHaveCount(1);
  await expect(annotationList(other)).toContainText(quote);
  await context.close();
});

test('the Mac export of the same NVivo project merges into the imported Windows one without doubling anything', async ({
  page,
}) => {
  await startEmpty(page);
  const importRefi = async (file: string) => {
    await chooseRefiFile(page, file);
    return page.getByRole('dialog', { name: 'Import REFI-QDA project' });
  };
  const windows = interop('nvivo-win12.6-oltas0517.qdpx');
  const first = await importRefi(windows);
  await first.getByRole('button', { name: 'Import as a new project' }).click();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
  const codes = page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem');
  const codeCount = await codes.count();

  // Every GUID differs, texts are LF without BOM and lack the final line break (as NVivo for
  // Mac writes them): matched by content, the merge brings nothing new.
  const mac = join(mkdtempSync(join(tmpdir(), 'marginalia-mac-')), 'nvivo-mac.qdpx');
  writeFileSync(mac, macExportOf(new Uint8Array(readFileSync(windows))));
  const second = await importRefi(mac);
  await expect(second.getByLabel('What the file holds')).toContainText('303 codings');
  await second.getByRole('button', { name: 'Import into the open project (merge)' }).click();
  const preview = page.getByRole('dialog', { name: 'Merge preview' });
  const table = preview.getByRole('table');
  for (const kind of ['Documents', 'Codes', 'Annotations']) {
    const row = table.getByRole('row', { name: new RegExp(`^${kind}`) });
    await expect(row.getByRole('cell').first()).toHaveText('0');
  }
  await preview.getByRole('button', { name: 'Proceed' }).click();
  await expect(preview).toBeHidden();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(2);
  await expect(codes).toHaveCount(codeCount);
});

test('a source’s REFI-QDA variables come in as document attributes, shown with its memo', async ({
  page,
}) => {
  await startEmpty(page);
  await chooseRefiFile(
    page,
    fileURLToPath(new URL('../../shared/refi-qda/example-project.qdpx', import.meta.url)),
  );
  const dialog = page.getByRole('dialog', { name: 'Import REFI-QDA project' });
  await expect(dialog.getByLabel('What the file holds')).not.toContainText('variable');
  await dialog.getByRole('button', { name: 'Import as a new project' }).click();
  const first = corpusList(page).getByRole('listitem').first();
  const name = (await first.getByRole('button', { name: /^Open / }).getAttribute('aria-label'))!;
  await openDocument(page, name.replace(/^Open /, ''));
  await page.getByRole('button', { name: /^Document memo/ }).click();
  const attributes = page.getByRole('dialog', { name: /^Memo on / }).getByLabel('Attributes');
  await expect(attributes.getByRole('term')).toHaveText(['Age group']);
});

test('every REFI-QDA file in ../shared/interop imports through the workbench with the expected counts', async ({
  page,
}) => {
  await startEmpty(page);
  const files: [string, { documents: number; codes: number; annotations: number }][] = [
    ['qc-1.3.2-demo.qdpx', { documents: 2, codes: 262, annotations: 158 }],
    ['atlasti-mac8.4-refi-standard-project.qde', { documents: 0, codes: 14, annotations: 0 }],
    ['qualcoder-3.8.2-mixedmeasures-codebook.qdc', { documents: 0, codes: 38, annotations: 0 }],
    ['taguette-1.4.1-mixedmeasures-codebook.qdc', { documents: 0, codes: 3, annotations: 0 }],
  ];
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  for (const [name, counts] of files) {
    await chooseRefiFile(page, interop(name));
    const dialog = page.getByRole('dialog', { name: 'Import REFI-QDA project' });
    await expect(dialog.getByLabel('What the file holds')).toContainText(
      `${plural(counts.documents, 'document')}, ${plural(counts.codes, 'code')}, ${plural(counts.annotations, 'annotation')}`,
    );
    await dialog.getByRole('button', { name: 'Import as a new project' }).click();
    await expect(dialog).toBeHidden();
    await expect(corpusList(page).getByRole('listitem')).toHaveCount(counts.documents);
  }
});
