import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import {
  CODEBOOK_XSD,
  PROJECT_XSD,
  xmllint,
} from '../src/core/formats/refi-qda/test-support/xmllint';
import { documentView, openDocument, selectWithMouse, startWithSample } from './support';

/** Chooses an item of the Import/Export menu and returns the downloaded file's bytes. */
async function exportVia(page: Page, item: string): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const QUOTE = 'transparent and accountable criminal justice systems';

test('a coded sample project exports as schema-valid REFI-QDA, CSV, Excel and W3C from the menu', async ({
  page,
}) => {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, QUOTE);
  await documentView(page).press('1');
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText(QUOTE);

  const qdpx = await exportVia(page, 'Export as REFI-QDA project (.qdpx)…');
  expect(qdpx.name).toMatch(/\.qdpx$/);
  const files = unzipSync(qdpx.bytes);
  const qde = strFromU8(files['project.qde'] ?? new Uint8Array());
  expect(xmllint(qde, PROJECT_XSD)).toEqual({ valid: true, output: '' });
  expect(qde).toContain(`name="${QUOTE}"`);
  expect(Object.keys(files).filter((f) => /^sources\/.+\.txt$/i.test(f))).toHaveLength(4);

  const qdc = await exportVia(page, 'Export codebook as REFI-QDA (.qdc)…');
  expect(xmllint(strFromU8(qdc.bytes), CODEBOOK_XSD)).toEqual({ valid: true, output: '' });

  const csv = await exportVia(page, 'Export coded segments as CSV…');
  const rows = Papa.parse<Record<string, string>>(strFromU8(csv.bytes).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => [r.document, r.quote, r.coder])).toEqual([
    ['E-RES-2017-17.txt', QUOTE, 'Ada Coder'],
  ]);

  const xlsx = await exportVia(page, 'Export coded segments as Excel (.xlsx)…');
  expect(Object.keys(unzipSync(xlsx.bytes))).toContain('xl/worksheets/sheet1.xml');

  const w3c = await exportVia(page, 'Export as W3C Web Annotations (JSON-LD)…');
  const collection = JSON.parse(strFromU8(w3c.bytes)) as {
    first: { items: { target: { selector: { type: string; exact?: string }[] } }[] };
  };
  expect(collection.first.items.map((i) => i.target.selector[0]?.exact)).toEqual([QUOTE]);
});
