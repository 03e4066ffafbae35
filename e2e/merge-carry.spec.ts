import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
import { chooseProjectFile, exportProjectTo } from './team-support';

const DOC = 'E-RES-2017-17.txt';
const ADDED = '\n\nAda adds: prevention starts in schools.';
const dir = mkdtempSync(join(tmpdir(), 'marginalia-carry-'));

interface FileAnnotation {
  id: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}
interface FileDocument {
  id: string;
  name: string;
  text: string;
  charCount: number;
  contentHash: string;
  byteSize: number;
  blocks: { start: number; end: number }[];
}

/**
 * Ada's file with her edited version of DOC: a sentence added at the end, and one more
 * annotation on it (a sentence Grace's copy does not have).
 */
function editedFile(path: string): string {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const doc = (file.documents as FileDocument[]).find((d) => d.name === DOC);
  if (!doc) throw new Error('no document');
  const text = doc.text + ADDED;
  const last = doc.blocks[doc.blocks.length - 1];
  doc.blocks.push({ ...last, start: doc.text.length + 2, end: text.length });
  Object.assign(doc, {
    text,
    charCount: text.length,
    byteSize: Buffer.byteLength(text, 'utf8'),
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
  });
  const first = (file.annotations as FileAnnotation[]).find((a) => a.documentId === doc.id);
  if (!first) throw new Error('no annotation');
  const quote = 'prevention starts in schools';
  const start = text.indexOf(quote);
  file.annotations.push({
    ...first,
    id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
    start,
    end: start + quote.length,
    quote,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + quote.length, start + quote.length + 32),
  });
  const out = join(dir, 'ada-edited.marginalia.json');
  writeFileSync(out, JSON.stringify(file));
  return out;
}

test('merging a file whose copy of a document has another text carries its annotations onto mine', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ada = await (await browser.newContext()).newPage();
  const grace = await (await browser.newContext()).newPage();
  await startWithSample(ada, 'Ada');
  await startWithSample(grace, 'Grace');
  await openDocument(ada, DOC);
  await selectWithMouse(ada, 'transparent and accountable criminal justice systems');
  await documentView(ada).press('1');
  const file = editedFile(await exportProjectTo(ada, join(dir, 'ada.marginalia.json')));

  await chooseProjectFile(grace, file);
  const preview = grace.getByRole('dialog', { name: 'Merge preview' });
  const carry = preview.getByRole('checkbox', {
    name: `Carry the incoming annotations onto my copy of ${DOC}`,
  });
  await expect(carry).toBeChecked();
  // The preview counts what would land: Grace's copy stands for Ada's (no new document), and it
  // says what carrying does.
  const documents = preview.getByRole('row', { name: /^Documents/ });
  await expect(documents.getByRole('cell').first()).toHaveText('0');
  await expect(preview.getByRole('note')).toContainText('1 exactly');
  await expect(preview.getByRole('note')).toContainText('1 kept as orphan');
  await preview.getByRole('button', { name: 'Proceed' }).click();
  await expect(preview).toBeHidden();
  const notice = grace.getByRole('status', { name: /^Merged .* into/ }).last();
  await expect(notice).toContainText('1 exactly');
  await expect(notice).toContainText('1 kept as orphan');

  // No second copy of the document; Ada's annotation is on Grace's copy, the other an orphan.
  await expect(corpusList(grace).getByRole('listitem')).toHaveCount(4);
  await openDocument(grace, DOC);
  await expect(grace.getByRole('list', { name: 'Annotations' }).getByRole('button')).toHaveCount(1);
  await expect(
    grace.getByRole('list', { name: 'Orphans to place' }).getByRole('listitem'),
  ).toHaveCount(1);
});
