import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  documentView,
  openDocument,
  selectWithMouse,
  startEmpty,
  startWithSample,
} from './support';
import { chooseProjectFile, exportProjectTo, seriousViolations } from './team-support';

const DOC = 'E-RES-2017-17.txt';
const dir = mkdtempSync(join(tmpdir(), 'marginalia-team-'));

/** Exports the open project as `<name>.marginalia.json` in this spec's folder; returns its path. */
const exportProject = (page: Page, name: string) =>
  exportProjectTo(page, join(dir, `${name}.marginalia.json`));

/** Imports a teammate's file into the open project through the merge preview. */
async function mergeFile(page: Page, path: string, expectNew?: { annotations: number }) {
  await chooseProjectFile(page, path);
  const preview = page.getByRole('dialog', { name: 'Merge preview' });
  await expect(preview).toBeVisible();
  const table = preview.getByRole('table');
  await expect(table).toBeVisible();
  if (expectNew) {
    const row = table.getByRole('row', { name: /^Annotations/ });
    await expect(row.getByRole('cell').first()).toHaveText(String(expectNew.annotations));
  }
  await preview.getByRole('button', { name: 'Proceed' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('status', { name: /^Merged .* into/ }).last()).toBeVisible();
}

/** Sets the memo of the first annotation in the list. */
async function setFirstMemo(page: Page, memo: string) {
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button').first().click();
  const field = page.getByRole('textbox', { name: 'Memo' });
  await field.fill(memo);
  await field.blur();
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText(memo);
}

/**
 * What an export holds, in a form two profiles can share: document ids and project ids differ
 * between profiles that each opened the sample corpus (documents match by their text), so
 * documents are named by content hash and project ids are left out.
 */
function union(path: string) {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const hashOf = new Map<string, string>(
    file.documents.map((d: { id: string; contentHash: string }) => [d.id, d.contentHash]),
  );
  const strip = (r: Record<string, unknown>) => {
    const { projectId: _p, ...rest } = r;
    return 'documentId' in rest
      ? { ...rest, documentId: hashOf.get(String(rest.documentId)) }
      : rest;
  };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    documents: file.documents.map((d: { contentHash: string }) => d.contentHash).sort(),
    codes: file.codes.map(strip).sort(byId),
    annotations: file.annotations.map(strip).sort(byId),
    conflicts: file.conflicts.map((c: { kind: string; record: Record<string, unknown> }) => ({
      kind: c.kind,
      record: strip(c.record),
    })),
    purged: file.purged,
  };
}

async function profile(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('two coders exchange files both ways: the same union, a conflict reviewed; a third profile merges both in either order', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const ada = await profile(browser);
  const grace = await profile(browser);
  await startWithSample(ada.page, 'Ada');
  await startWithSample(grace.page, 'Grace');

  // Ada codes a span; Grace merges Ada's file, so both hold the same annotation.
  await openDocument(ada.page, DOC);
  await selectWithMouse(ada.page, 'transparent and accountable criminal justice systems');
  await documentView(ada.page).press('1');
  const common = await exportProject(ada.page, 'ada-0');
  await mergeFile(grace.page, common, { annotations: 1 });
  await openDocument(grace.page, DOC);
  await expect(
    grace.page.getByRole('list', { name: 'Annotations' }).getByRole('button'),
  ).toHaveCount(1);

  // Both edit that annotation differently, and each codes something of their own.
  await setFirstMemo(grace.page, 'Grace: about reform');
  await setFirstMemo(ada.page, 'Ada: about accountability');
  await selectWithMouse(ada.page, 'accountable criminal justice');
  await documentView(ada.page).press('2');
  await selectWithMouse(
    grace.page,
    'victims of terrorism in accordance with relevant national legislation',
  );
  await documentView(grace.page).press('1');
  const fromAda = await exportProject(ada.page, 'ada-1');
  const fromGrace = await exportProject(grace.page, 'grace-1');

  // Each imports the other's file through the preview (checked for accessibility on the way).
  await chooseProjectFile(ada.page, fromGrace);
  const preview = ada.page.getByRole('dialog', { name: 'Merge preview' });
  await expect(preview.getByRole('table')).toBeVisible();
  await expect(preview.getByRole('combobox', { name: 'Merge into' })).toHaveValue(/.+/);
  expect(await seriousViolations(ada.page)).toEqual([]);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    ada.page.getByRole('status', { name: /merge cancelled, nothing changed/ }),
  ).toBeVisible();
  await expect(ada.page.getByRole('list', { name: 'Annotations' }).getByRole('button')).toHaveCount(
    2,
  );
  await mergeFile(ada.page, fromGrace, { annotations: 1 });
  // The merge is one named step that Undo reverts as a whole, and Redo brings back.
  const undoMerge = ada.page.getByRole('button', {
    name: "Undo: Merged Grace's file: 1 new annotation, 1 conflict",
  });
  await expect(undoMerge).toBeVisible();
  await mergeFile(grace.page, fromAda, { annotations: 1 });
  await expect(ada.page.getByRole('button', { name: 'Conflicts (1)' })).toBeVisible();
  await expect(grace.page.getByRole('button', { name: 'Conflicts (1)' })).toBeVisible();
  await expect(ada.page.getByRole('list', { name: 'Annotations' }).getByRole('button')).toHaveCount(
    3,
  );
  const adaAll = await exportProject(ada.page, 'ada-2');
  const graceAll = await exportProject(grace.page, 'grace-2');
  expect(union(adaAll).annotations).toHaveLength(3);
  expect(union(adaAll).conflicts).toHaveLength(1);
  expect(union(graceAll)).toEqual(union(adaAll));

  // Undo and redo are new changes stamped now: checked after the exports were compared.
  await undoMerge.click();
  await expect(ada.page.getByRole('list', { name: 'Annotations' }).getByRole('button')).toHaveCount(
    2,
  );
  await expect(ada.page.getByRole('button', { name: /^Conflicts/ })).toHaveCount(0);
  await ada.page.getByRole('button', { name: /^Redo: Merged Grace's file/ }).click();
  await expect(ada.page.getByRole('button', { name: 'Conflicts (1)' })).toBeVisible();

  // Ada reviews the conflict: both versions shown with who made them; she keeps Grace's.
  await ada.page.getByRole('button', { name: 'Conflicts (1)' }).click();
  const review = ada.page.getByRole('dialog', { name: 'Conflicts' });
  const versions = review.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  expect(await seriousViolations(ada.page)).toEqual([]);
  await expect(review).toContainText('Ada: about accountability');
  await expect(review).toContainText('Grace: about reform');
  const graces = versions.filter({ hasText: 'Grace: about reform' });
  await graces.getByRole('button', { name: /^Keep this version/ }).focus();
  await ada.page.keyboard.press('Enter');
  await expect(review.getByRole('status')).toHaveText('No conflicts to review.');
  await ada.page.keyboard.press('Escape');
  await expect(ada.page.getByRole('button', { name: /^Conflicts/ })).toHaveCount(0);
  await expect(ada.page.getByRole('list', { name: 'Annotations' })).toContainText(
    'Grace: about reform',
  );
  // The resolution is undoable: the conflict comes back, and goes again on redo.
  await ada.page.getByRole('button', { name: /^Undo: keep one version/ }).click();
  await expect(ada.page.getByRole('button', { name: 'Conflicts (1)' })).toBeVisible();
  await ada.page.getByRole('button', { name: /^Redo: keep one version/ }).click();
  await expect(ada.page.getByRole('button', { name: /^Conflicts/ })).toHaveCount(0);

  // A third profile merges both files, in either order: the same project.
  const orders = [
    [fromAda, fromGrace],
    [fromGrace, fromAda],
  ];
  const results: string[] = [];
  for (const [i, [first, second]] of orders.entries()) {
    const third = await profile(browser);
    await startEmpty(third.page, 'Lin');
    await chooseProjectFile(third.page, first as string);
    await expect(third.page.getByRole('status', { name: /Imported project/ })).toBeVisible();
    await mergeFile(third.page, second as string, { annotations: 1 });
    await expect(third.page.getByRole('button', { name: 'Conflicts (1)' })).toBeVisible();
    results.push(await exportProject(third.page, `lin-${i}`));
    await third.context.close();
  }
  expect(union(results[1] as string)).toEqual(union(results[0] as string));
  expect(union(results[0] as string)).toEqual(union(adaAll));
  await ada.context.close();
  await grace.context.close();
});
