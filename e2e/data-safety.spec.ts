import { expect, test, type Page } from '@playwright/test';
import { documentView, openDocument, selectWithMouse, startWithSample } from './support';

// Issue 8, "Data loss" and the safe start: each test failed on the code before the fix.

const DOCUMENT = 'E-RES-2017-17.txt';
const SAMPLE = 'Sample: UN counter-terrorism resolutions';

function annotationList(page: Page) {
  return page.getByRole('list', { name: 'Annotations' });
}

function details(page: Page) {
  return page.getByRole('region', { name: 'Selected annotation' });
}

/** Codes a phrase with the first code, which selects the new annotation. */
async function codePhrase(page: Page, phrase: string): Promise<void> {
  await selectWithMouse(page, phrase);
  await documentView(page).press('1');
  await expect(details(page)).toBeVisible();
}

/** Makes every IndexedDB write of the page throw as a full disk does (until `heal`). */
async function failWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flags = window as unknown as { failWrites?: boolean };
    flags.failWrites = true;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args) {
        if (flags.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return original.apply(this, args as Parameters<typeof original>);
      } as typeof original;
    }
  });
}

test('a memo typed and left within 100 ms survives a reload', async ({ page }) => {
  await startWithSample(page);
  await openDocument(page, DOCUMENT);
  await codePhrase(page, 'criminal justice systems');
  const memo = details(page).getByRole('textbox', { name: 'Memo' });
  await memo.click();
  await page.keyboard.type('Typed and left at once');
  await page.reload();

  // Written on the way out, or put back from the journal at start: either way it is there, and
  // it stays there through another reload.
  await openDocument(page, DOCUMENT);
  await expect(annotationList(page)).toContainText('Memo: Typed and left at once');
  await page.reload();
  await openDocument(page, DOCUMENT);
  await expect(annotationList(page)).toContainText('Memo: Typed and left at once');
});

test('a failed memo write stays marked unsaved, can be copied, and is not lost', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startWithSample(page);
  await openDocument(page, DOCUMENT);
  await codePhrase(page, 'criminal justice systems');
  await failWrites(page);
  const memo = details(page).getByRole('textbox', { name: 'Memo' });
  await memo.fill('Written while the disk was full');
  await memo.blur();

  const alert = details(page).getByRole('alert');
  await expect(alert).toContainText('Memo not saved');
  await expect(memo).toHaveAttribute('aria-invalid', 'true');
  await alert.getByRole('button', { name: 'Copy memo' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('Written while the disk was full');

  // Space is freed: a retry writes it.
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
  await alert.getByRole('button', { name: 'Retry now' }).click();
  await expect(details(page).getByRole('alert')).toHaveCount(0);
  await expect(memo).toHaveAttribute('aria-invalid', 'false');
  await expect(annotationList(page)).toContainText('Memo: Written while the disk was full');
});

test('a memo whose write failed comes back after a reload and is written then', async ({
  page,
}) => {
  await startWithSample(page);
  await openDocument(page, DOCUMENT);
  await codePhrase(page, 'criminal justice systems');
  await failWrites(page);
  const memo = details(page).getByRole('textbox', { name: 'Memo' });
  await memo.fill('Kept through the failure');
  await memo.blur();
  await expect(details(page).getByRole('alert')).toContainText('Memo not saved');

  await page.reload();
  await expect(annotationList(page)).toContainText('Memo: Kept through the failure');
  await page.reload();
  await openDocument(page, DOCUMENT);
  await expect(annotationList(page)).toContainText('Memo: Kept through the failure');
});

test('two tabs of one profile see each other’s edits within a second and keep both', async ({
  context,
}) => {
  const first = await context.newPage();
  await startWithSample(first);
  await openDocument(first, DOCUMENT);
  await codePhrase(first, 'criminal justice systems');

  const second = await context.newPage();
  await second.goto('/');
  await openDocument(second, DOCUMENT);
  await expect(annotationList(second).getByRole('listitem')).toHaveCount(1);

  // A memo written in the first tab shows in the second within a second.
  const memo = details(first).getByRole('textbox', { name: 'Memo' });
  await memo.fill('Written in the first tab');
  await memo.blur();
  await expect(annotationList(first)).toContainText('Memo: Written in the first tab');
  await expect(annotationList(second)).toContainText('Memo: Written in the first tab', {
    timeout: 1000,
  });

  // The second tab then adds a code: the first sees it, and the memo is not overwritten.
  await annotationList(second)
    .getByRole('button', { name: /Victims of terrorism/ })
    .click();
  await details(second).getByLabel('Add a code').selectOption({ label: 'Gender' });
  await expect(details(first).getByRole('button', { name: 'Remove code Gender' })).toBeVisible({
    timeout: 1000,
  });
  await expect(memo).toHaveValue('Written in the first tab');

  await first.reload();
  await openDocument(first, DOCUMENT);
  await expect(annotationList(first)).toContainText('Memo: Written in the first tab');
  await expect(annotationList(first)).toContainText('Gender');
});

test('a project that fails to render opens a safe start, also after a reload', async ({ page }) => {
  await startWithSample(page);
  // Damage the stored documents the way a bad import or a foreign tool could: names that are
  // not text. Found by shape, not by table name, so the test follows schema changes.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...db.objectStoreNames], 'readwrite');
          for (const name of db.objectStoreNames) {
            tx.objectStore(name).openCursor().onsuccess = (event) => {
              const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
              if (!cursor) return;
              const value = cursor.value as Record<string, unknown>;
              if (typeof value['contentHash'] === 'string' && typeof value['name'] === 'string')
                cursor.update({ ...value, name: null });
              cursor.continue();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  const failed = page.getByRole('heading', {
    name: `Marginalia could not show the project “${SAMPLE}”`,
  });
  await page.reload();
  await expect(failed).toBeVisible();
  await page.reload();
  await expect(failed).toBeVisible();

  await page.getByRole('button', { name: `Export “${SAMPLE}”…` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Start an empty project' }).click();
  await expect(page.getByRole('region', { name: 'Corpus' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Corpus' })).toBeVisible();
  await expect(failed).toHaveCount(0);
});
