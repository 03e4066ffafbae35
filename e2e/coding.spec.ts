import { expect, test, type Page } from '@playwright/test';
import {
  documentView,
  openDocument,
  selectWithMouse,
  startWithSample,
  stripeCodes,
} from './support';

const VICTIMS = 'Victims of terrorism';
const INTERNET = 'Use of the Internet';

/** The annotations side list. */
function annotationList(page: Page) {
  return page.getByRole('list', { name: 'Annotations' });
}

async function codedSample(page: Page) {
  await startWithSample(page);
  await openDocument(page, 'E-RES-2017-17.txt');
}

test('code a span with the mouse and a hotkey, then with a click in the codebook', async ({
  page,
}) => {
  await codedSample(page);
  await selectWithMouse(page, 'criminal justice systems');
  await expect(page.getByTestId('selection-quote')).toHaveText('criminal justice systems');
  await documentView(page).press('1');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  await expect(annotationList(page)).toContainText('criminal justice systems');
  await expect.poll(() => stripeCodes(page)).toEqual([VICTIMS]);

  await selectWithMouse(page, 'technical assistance');
  await page.getByRole('treeitem', { name: INTERNET }).click();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('treeitem', { name: INTERNET })).toContainText('1');
});

test('a selection snaps to whole words before it is applied', async ({ page }) => {
  await codedSample(page);
  // Drag from inside "criminal" to inside "justice": the span grows to the whole words.
  await selectWithMouse(page, 'minal just');
  await expect(page.getByTestId('selection-quote')).toHaveText('criminal justice');
});

test('code by keyboard only: from selection to applied code', async ({ page }) => {
  await codedSample(page);
  await documentView(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  const quote = await page.getByTestId('selection-quote').textContent();
  expect(quote?.trim().length).toBeGreaterThan(3);
  await page.keyboard.press('/');
  const picker = page.getByRole('dialog', { name: 'Apply a code' });
  await picker.getByRole('combobox', { name: 'Code name' }).fill('financ');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  await expect(annotationList(page)).toContainText('Financing of terrorism');

  // Ctrl+Enter in the picker creates a new code from what was typed and applies it.
  await documentView(page).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Code name' }).fill('Keyboard theme');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('treeitem', { name: 'Keyboard theme' })).toBeVisible();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);

  // The last-used code is one key away.
  await documentView(page).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('.');
  await expect(page.getByRole('treeitem', { name: 'Keyboard theme' })).toContainText('2');
});

test('overlapping codes show both stripes; recode, resize, memo, delete, restore, undo and redo, reload', async ({
  page,
}) => {
  await codedSample(page);
  await selectWithMouse(page, 'transparent and accountable criminal justice systems');
  await documentView(page).press('1');
  await selectWithMouse(page, 'accountable criminal justice');
  await documentView(page).press('2');
  await expect
    .poll(async () => (await stripeCodes(page)).sort())
    .toEqual([INTERNET, VICTIMS].sort());

  // Select the annotation from the list and recode it: add a code, remove one, memo kept.
  await annotationList(page)
    .getByRole('button', { name: /Use of the Internet: accountable criminal justice/ })
    .click();
  const details = page.getByRole('region', { name: 'Selected annotation' });
  await details.getByLabel('Memo').fill('Justice capacity, not the Internet.');
  await details.getByLabel('Memo').blur();
  await details.getByLabel('Add a code').selectOption({ label: 'Criminal justice capacity' });
  await details.getByRole('button', { name: 'Remove code Use of the Internet' }).click();
  await expect(
    details.getByRole('button', { name: 'Remove code Criminal justice capacity' }),
  ).toBeVisible();
  await expect(details.getByRole('button', { name: `Remove code ${INTERNET}` })).toHaveCount(0);
  await expect(details.getByLabel('Memo')).toHaveValue('Justice capacity, not the Internet.');

  // Resize with the keyboard: the end grows by a word.
  await details.getByRole('button', { name: 'Extend end' }).click();
  await expect(details).toContainText('accountable criminal justice systems');

  // Undo the resize, redo it.
  await expect(page.getByRole('button', { name: 'Undo: resize annotation' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(details).not.toContainText('accountable criminal justice systems');
  await page.getByRole('button', { name: 'Redo: resize annotation' }).click();
  await expect(details).toContainText('accountable criminal justice systems');

  // Delete it, restore it from the trash, and undo/redo the delete.
  await details.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo: delete annotation' }).click();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Redo: delete annotation' }).click();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await trash.getByRole('button', { name: /Restore annotation/ }).click();
  await trash.getByRole('button', { name: 'Close' }).click();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);

  // Reload: everything is as it was.
  await page.reload();
  await openDocument(page, 'E-RES-2017-17.txt');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  await expect(annotationList(page)).toContainText('Memo: Justice capacity, not the Internet.');
  await expect(annotationList(page)).toContainText('accountable criminal justice systems');
  // Stripes are drawn near the viewport: bring the coded paragraph into view from the list.
  await annotationList(page).getByRole('button').first().click();
  await expect
    .poll(async () => (await stripeCodes(page)).sort())
    .toEqual(['Criminal justice capacity', VICTIMS].sort());
});

test('codebook: create, rename, recolour, describe, nest, merge, delete and restore; undo each', async ({
  page,
}) => {
  await codedSample(page);
  await page.getByRole('button', { name: 'New code' }).click();
  await page.getByLabel('New code name').fill('Prevention');
  await page.getByLabel('New code name').press('Enter');
  const prevention = page.getByRole('treeitem', { name: 'Prevention' });
  await expect(prevention).toBeVisible();

  await page.getByRole('button', { name: 'Edit Prevention' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit code Prevention' });
  await dialog.getByLabel('Name').fill('Prevention of terrorism');
  await dialog.getByLabel('Definition').fill('Measures that stop attacks before they happen.');
  await dialog.getByLabel('Colour').fill('#336699');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const renamed = page.getByRole('treeitem', { name: 'Prevention of terrorism' });
  await expect(renamed).toHaveAttribute('title', 'Measures that stop attacks before they happen.');
  await page.getByRole('button', { name: 'Undo: edit code Prevention' }).click();
  await expect(page.getByRole('treeitem', { name: 'Prevention' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(renamed).toBeVisible();

  // Nest it under the code above it with Alt+Right, and back with Alt+Left.
  await renamed.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('treeitem', { name: 'Prevention of terrorism' })).toHaveAttribute(
    'aria-level',
    '2',
  );
  await page.getByRole('treeitem', { name: 'Prevention of terrorism' }).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('treeitem', { name: 'Prevention of terrorism' })).toHaveAttribute(
    'aria-level',
    '1',
  );

  // Code a span with it, then merge it into Victims: the annotation moves, nothing is lost.
  await selectWithMouse(page, 'criminal justice systems');
  await page.getByRole('treeitem', { name: 'Prevention of terrorism' }).click();
  await page.getByRole('button', { name: 'Edit Prevention of terrorism' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit code Prevention of terrorism' });
  await edit.getByLabel('Merge into').selectOption({ label: VICTIMS });
  await edit.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('treeitem', { name: 'Prevention of terrorism' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText(VICTIMS);
  await page.getByRole('button', { name: /Undo: merge code/ }).click();
  await expect(page.getByRole('treeitem', { name: 'Prevention of terrorism' })).toBeVisible();

  // Delete to trash and restore.
  await page.getByRole('treeitem', { name: 'Prevention of terrorism' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('treeitem', { name: 'Prevention of terrorism' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Restore code Prevention of terrorism' }).click();
  await page.getByRole('dialog', { name: 'Trash' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('treeitem', { name: 'Prevention of terrorism' })).toBeVisible();
});

test('the shortcuts sheet lists the keyboard actions', async ({ page }) => {
  await codedSample(page);
  await documentView(page).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Quick picker');
  await expect(sheet).toContainText('Apply the last-used code');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('clicking overlapping highlights selects the smallest annotation and lists the others', async ({
  page,
}) => {
  await codedSample(page);
  await selectWithMouse(page, 'transparent and accountable criminal justice systems');
  await documentView(page).press('1');
  await selectWithMouse(page, 'criminal justice systems in accordance');
  await documentView(page).press('2');
  await page.keyboard.press('Escape');
  // Click inside "justice", where both annotations overlap.
  const point = await page.evaluate(() => {
    const root = document.querySelector('[role="document"][aria-labelledby]') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('accountable criminal justice systems') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      const start = at + 'accountable criminal '.length + 2;
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error('phrase not found');
  });
  await page.mouse.click(point.x, point.y);
  const details = page.getByRole('region', { name: 'Selected annotation' });
  await expect(details).toContainText('“criminal justice systems in accordance”');
  const chooser = page.getByRole('menu', { name: 'Overlapping annotations' });
  await expect(chooser.getByRole('menuitemradio')).toHaveCount(2);
  await chooser.getByRole('menuitemradio', { name: /Victims of terrorism/ }).click();
  await expect(details).toContainText('“transparent and accountable criminal justice systems”');
});

test('a long quote wraps in its row, and the selected annotation leaves its row in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await codedSample(page);
  await selectWithMouse(page, 'criminal justice systems');
  await documentView(page).press('1');
  await selectWithMouse(page, 'technical assistance');
  await documentView(page).press('2');
  const rows = annotationList(page).getByRole('button', { name: /^Annotation by/ });
  await expect(rows).toHaveCount(2);
  // The quote is cut at two lines, never clipped sideways on one line.
  const quote = annotationList(page).locator('.annotation-quote').first();
  const overflow = await quote.evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(quote).toHaveCSS('white-space', 'normal');
  // With the card of the selected annotation open, its row in the list stays fully visible.
  await rows.first().click();
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
  await expect(rows.first()).toBeInViewport({ ratio: 0.95 });
});
