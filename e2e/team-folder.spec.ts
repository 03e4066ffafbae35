import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { documentView, openDocument, selectWithMouse, startWithSample } from './support';

/**
 * The team folder in browser mode. A test cannot click the native folder picker, so each profile
 * gets a stand-in before the page loads: a folder in its origin-private file system, handed out
 * by the `__marginaliaTeamFolderPicker` hook the browser platform honours. Two browser contexts
 * do not share that file system, so a teammate's file is carried across by the test, as a cloud
 * sync tool would copy it.
 */

const DOC = 'E-RES-2017-17.txt';

async function profile(browser: Browser, coder: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    (window as Window & { __marginaliaTeamFolderPicker?: unknown }).__marginaliaTeamFolderPicker =
      async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('team', { create: true });
  });
  const page = await context.newPage();
  await startWithSample(page, coder);
  return page;
}

/** The team files in the profile's stand-in folder, by name. */
function teamFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const team = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle('team', {
      create: true,
    });
    const out: Record<string, string> = {};
    const entries = (team as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
    for await (const entry of entries) {
      if (entry.kind === 'file')
        out[entry.name] = await (await (entry as FileSystemFileHandle).getFile()).text();
    }
    return out;
  });
}

/** Puts a teammate's file into the profile's folder, as a sync tool would. */
async function putTeamFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ([fileName, content]) => {
      const team = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('team', {
        create: true,
      });
      const writable = await (
        await team.getFileHandle(fileName, { create: true })
      ).createWritable();
      await writable.write(content);
      await writable.close();
    },
    [name, text] as const,
  );
}

async function code(page: Page, phrase: string): Promise<void> {
  await selectWithMouse(page, phrase);
  await documentView(page).press('1');
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText(phrase);
}

async function openTeamFolder(page: Page) {
  await page.getByRole('button', { name: 'Project menu' }).click();
  await page.getByRole('menuitem', { name: 'Team folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Team folder' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The own file's name once written, e.g. `marginalia-ada-1a2b3c4d.json`. */
async function ownFileWritten(dialog: ReturnType<Page['getByRole']>): Promise<string> {
  const own = dialog.getByTestId('team-own-file');
  await expect(own).toContainText(/written just now/, { timeout: 20_000 });
  return ((await own.textContent()) ?? '').split(' ')[0] ?? '';
}

test('two coders share a team folder: each writes only their own file, the other’s is merged, the status line says what it brought', async ({
  browser,
}) => {
  const ada = await profile(browser, 'Ada');
  await openDocument(ada, DOC);
  await code(ada, 'transparent and accountable criminal justice systems');
  const adaDialog = await openTeamFolder(ada);
  await adaDialog.getByRole('button', { name: 'Link a folder…' }).click();
  await expect(adaDialog).toContainText('Linked to team');
  const adaName = await ownFileWritten(adaDialog);
  expect(adaName).toMatch(/^marginalia-ada-[a-z0-9]{8}\.json$/);
  const adaFiles = await teamFiles(ada);
  expect(Object.keys(adaFiles)).toEqual([adaName]);
  const adaText = adaFiles[adaName] ?? '';
  expect(JSON.parse(adaText)).toMatchObject({ exportedBy: { name: 'Ada' } });

  const bo = await profile(browser, 'Bo');
  await openDocument(bo, DOC);
  await code(bo, 'accountable criminal justice');
  await putTeamFile(bo, adaName, adaText);
  const boDialog = await openTeamFolder(bo);
  await boDialog.getByRole('button', { name: 'Link a folder…' }).click();
  const teammates = boDialog.getByRole('list', { name: 'Teammates' });
  await expect(teammates).toContainText(/Ada: merged just now, 1 new annotation/);
  const boName = await ownFileWritten(boDialog);
  // The dialog as it is now (linked, a teammate merged) passes WCAG A/AA checks.
  const axe = await new AxeBuilder({ page: bo })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  expect(boName).toMatch(/^marginalia-bo-[a-z0-9]{8}\.json$/);
  // Bo's workbench has Ada's annotation; Ada's file is exactly as it was (never written by Bo).
  await expect(bo.getByRole('list', { name: 'Annotations' })).toContainText(
    'transparent and accountable criminal justice systems',
  );
  const boFiles = await teamFiles(bo);
  expect(boFiles[adaName]).toBe(adaText);
  expect(Object.keys(boFiles).sort()).toEqual([adaName, boName].sort());

  // Ada codes again; her file changes; Bo's "Sync now" merges the change.
  await adaDialog.getByRole('button', { name: 'Close' }).click();
  await code(ada, 'criminal justice systems');
  await expect
    .poll(async () => (await teamFiles(ada))[adaName] !== adaText, { timeout: 20_000 })
    .toBe(true);
  const adaChanged = (await teamFiles(ada))[adaName] ?? '';
  await putTeamFile(bo, adaName, adaChanged);
  await boDialog.getByRole('button', { name: 'Sync now' }).click();
  await expect(teammates).toContainText(/Ada: merged just now, 1 new annotation/);
  await boDialog.getByRole('button', { name: 'Close' }).click();
  await expect(bo.getByRole('button', { name: /Team folder: 1 teammate, synced/ })).toBeVisible();

  // A broken teammate file is skipped with a notice naming it; nothing changes.
  await putTeamFile(bo, 'marginalia-cy-0000cccc.json', '{ not json');
  await (await openTeamFolder(bo)).getByRole('button', { name: 'Sync now' }).click();
  await expect(bo.getByText('marginalia-cy-0000cccc.json: skipped, nothing changed')).toBeVisible();
  await expect(
    bo.getByRole('dialog', { name: 'Team folder' }).getByRole('list', { name: 'Teammates' }),
  ).toContainText('Cy: skipped');
});
