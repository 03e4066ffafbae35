import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  documentView,
  openDocument,
  selectWithMouse,
  startWithSample,
  stripeCodes,
} from './support';

// The first hour of a new user (issue 8): what they see and do before they trust the workbench.

const DOC = 'E-RES-2017-17.txt';
const VICTIMS = 'Victims of terrorism';
const HUMAN_RIGHTS = 'Human rights';
const LONG_PHRASE = 'transparent and accountable criminal justice systems';

/** The annotations side list. */
function annotationList(page: Page) {
  return page.getByRole('list', { name: 'Annotations' });
}

function codebookTree(page: Page) {
  return page.getByRole('tree', { name: 'Codebook' });
}

async function sampleDocument(page: Page) {
  await startWithSample(page);
  await openDocument(page, DOC);
}

/** Serious and critical WCAG A/AA violations axe-core finds in one part of the page. */
async function violations(page: Page, scope: string) {
  const result = await new AxeBuilder({ page })
    .include(scope)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 0.5 &&
    b.x < a.x + a.width - 0.5 &&
    a.y < b.y + b.height - 0.5 &&
    b.y < a.y + a.height - 0.5
  );
}

/** Right edges of the row and of each of its parts, and the name's own overflow. */
function rowFit(row: Locator) {
  return row.evaluate((li) => {
    const parts = Array.from(li.children) as HTMLElement[];
    return {
      right: li.getBoundingClientRect().right,
      partsRight: Math.max(...parts.map((p) => p.getBoundingClientRect().right)),
      partsVisible: parts.every((p) => p.getBoundingClientRect().width > 0),
    };
  });
}

test('long code names end in an ellipsis with a tooltip; counts, hotkeys, edit and Import/Export stay in the pane', async ({
  page,
}) => {
  await sampleDocument(page);
  await selectWithMouse(page, LONG_PHRASE);
  await page.getByRole('button', { name: 'In-vivo code' }).click();
  const row = page.getByRole('treeitem', { name: LONG_PHRASE });
  await expect(row).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
  // Give a starter code a long name too, so a row with a hotkey is long as well.
  await page.getByRole('button', { name: `Edit ${VICTIMS}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit code ${VICTIMS}` });
  const longVictims = `${VICTIMS}, their families and the communities that support them in remembrance`;
  await dialog.getByLabel('Name').fill(longVictims);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const victims = page.getByRole('treeitem', { name: longVictims });
  await expect(victims).toContainText('1'); // its hotkey

  const pane = page.getByRole('region', { name: 'Codebook and annotations' });
  const splitter = page.getByRole('separator', { name: 'Resize codebook panel' });
  // From the default width to the narrowest, then wide.
  for (const [key, presses] of [
    ['ArrowRight', 0],
    ['ArrowRight', 10],
    ['ArrowLeft', 12],
  ] as const) {
    for (let i = 0; i < presses; i++) await splitter.press(key);
    const paneBox = await box(pane);
    const paneRight = paneBox.x + paneBox.width;
    for (const item of [row, victims]) {
      const fit = await rowFit(item);
      expect(fit.partsVisible).toBe(true);
      expect(fit.partsRight).toBeLessThanOrEqual(fit.right + 0.5);
      expect(fit.right).toBeLessThanOrEqual(paneRight + 0.5);
      const edit = item.getByRole('button', { name: /^Edit / });
      await edit.scrollIntoViewIfNeeded();
      await expect(edit).toBeInViewport({ ratio: 1 });
    }
    for (const name of ['Import codebook', 'Export codebook', 'New code']) {
      const button = await box(page.getByRole('button', { name }));
      expect(button.x + button.width, name).toBeLessThanOrEqual(paneRight + 0.5);
    }
    // Nothing in the panes (the selected annotation's codes and code picker included) is wider
    // than the window, so nothing scrolls sideways out of sight.
    const main = page.getByRole('main');
    expect(await main.evaluate((m) => m.scrollWidth - m.clientWidth)).toBeLessThanOrEqual(0);
    // The name itself is cut short, and its tooltip carries it whole.
    const name = row.getByText(LONG_PHRASE);
    await expect(name).toHaveAttribute('title', LONG_PHRASE);
    expect(await name.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    expect(await name.evaluate((e) => getComputedStyle(e).textOverflow)).toBe('ellipsis');
  }
});

test('after the quick picker applies a code or is dismissed, the keyboard goes on in the document', async ({
  page,
}) => {
  await sampleDocument(page);
  const picker = page.getByRole('dialog', { name: 'Apply a code' });

  // Apply: focus is back in the document, with the caret after the coded words.
  await selectWithMouse(page, 'criminal justice systems');
  await page.keyboard.press('/');
  await picker.getByRole('combobox', { name: 'Code name' }).fill(HUMAN_RIGHTS);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(documentView(page)).toBeFocused();
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  // Keyboard only from here: select the next two words and code them with a hotkey.
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  const next = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
  expect(next.length).toBeGreaterThan(2);
  await expect(page.getByTestId('selection-quote')).toHaveText(next);
  await page.keyboard.press('1');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  await expect(annotationList(page)).toContainText(next);

  // Escape: focus is back in the document with the same words selected, ready for a hotkey.
  await selectWithMouse(page, 'technical assistance');
  await page.keyboard.press('/');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(documentView(page)).toBeFocused();
  await expect(page.getByTestId('selection-quote')).toHaveText('technical assistance');
  await page.keyboard.press('2');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(3);
  await expect(annotationList(page)).toContainText('technical assistance');
});

test('the codebook is one tab stop, an ARIA tree worked with arrows, keys and a context menu', async ({
  page,
}) => {
  await sampleDocument(page);
  const tree = codebookTree(page);
  const items = tree.getByRole('treeitem');
  await expect(items).toHaveCount(16);

  // One tab stop: Tab enters on the first code, the next Tab leaves the tree.
  await page.getByRole('searchbox', { name: 'Filter codes' }).focus();
  await page.keyboard.press('Tab');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await tree.evaluate((t) => t.contains(document.activeElement))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(items.first()).toBeFocused();

  // Arrows, Home and End.
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  // Type-ahead: a letter moves to the next code whose name starts with it.
  await page.keyboard.press('g');
  await expect(page.getByRole('treeitem', { name: 'Gender' })).toBeFocused();
  await page.keyboard.press('Home');

  // A parent collapses with Left, expands with Right; Right again enters its first child.
  const legal = page.getByRole('treeitem', { name: 'Legal instruments' });
  const ratification = page.getByRole('treeitem', { name: 'Ratification' });
  await expect(legal).toHaveAttribute('aria-expanded', 'true');
  await expect(legal).toHaveAttribute('aria-level', '1');
  await expect(ratification).toHaveAttribute('aria-level', '2');
  await legal.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(legal).toHaveAttribute('aria-expanded', 'false');
  await expect(ratification).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(legal).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(ratification).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(legal).toBeFocused();

  // Enter applies the focused code to the selection in the document.
  await selectWithMouse(page, 'criminal justice systems');
  await page.getByRole('treeitem', { name: HUMAN_RIGHTS }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => stripeCodes(page)).toEqual([HUMAN_RIGHTS]);

  // F2 edits.
  await page.keyboard.press('F2');
  const edit = page.getByRole('dialog', { name: `Edit code ${HUMAN_RIGHTS}` });
  await expect(edit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  const rights = page.getByRole('treeitem', { name: HUMAN_RIGHTS });
  await expect(rights).toBeFocused();

  // Shift+F10 opens the row's actions; Escape closes the menu and returns to the row.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: `Actions for ${HUMAN_RIGHTS}` });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Edit/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Delete/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(rights).toBeFocused();

  // The context-menu key does the same; choose Add sub-code from it by keyboard.
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  // Focus starts on the first item ("Apply…"); a typed letter moves to the next that starts with it.
  await page.keyboard.press('a');
  await expect(menu.getByRole('menuitem', { name: /Add sub-code/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel(`New sub-code of ${HUMAN_RIGHTS}`).fill('Due process');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('treeitem', { name: 'Due process' })).toHaveAttribute(
    'aria-level',
    '2',
  );

  // Right-click opens the same menu; Delete there moves the code to the trash.
  await page.getByRole('treeitem', { name: 'Due process' }).click({ button: 'right' });
  const dueMenu = page.getByRole('menu', { name: 'Actions for Due process' });
  await dueMenu.getByRole('menuitem', { name: /Delete/ }).click();
  await expect(page.getByRole('treeitem', { name: 'Due process' })).toHaveCount(0);
  // Focus goes to the next code, not back to the top of the tree.
  await expect(page.getByRole('treeitem', { name: 'International cooperation' })).toBeFocused();

  // Delete on a focused row does too, and focus stays in the tree.
  const children = page.getByRole('treeitem', { name: 'Children' });
  await children.focus();
  await page.keyboard.press('Delete');
  await expect(children).toHaveCount(0);
  expect(await tree.evaluate((t) => t.contains(document.activeElement))).toBe(true);
});

test('success notices leave by themselves, errors stay until dismissed, and none covers a control', async ({
  page,
}) => {
  await startWithSample(page);
  const imported = page.getByRole('status').filter({ hasText: 'Imported 4 documents' });
  await expect(imported).toBeVisible();
  const regions = [
    page.getByRole('toolbar', { name: 'Workbench' }),
    page.getByRole('region', { name: 'Corpus' }),
    page.getByRole('region', { name: 'Document' }),
    page.getByRole('region', { name: 'Codebook and annotations' }),
  ];
  for (const region of regions)
    expect(overlaps(await box(imported), await box(region))).toBe(false);
  await expect(imported).toBeHidden({ timeout: 15_000 });

  // An import that fails: its error stays, out of the way, until dismissed.
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-notice-'));
  const invalid = join(folder, 'broken.marginalia.json');
  writeFileSync(invalid, '{"format": "marginalia-exchange", "version": 1}');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name: 'Import project…' }).click();
  await (await chooser).setFiles(invalid);
  const error = page.getByRole('alert').filter({ hasText: 'broken.marginalia.json' });
  await expect(error).toBeVisible();
  for (const region of regions) expect(overlaps(await box(error), await box(region))).toBe(false);
  await page.waitForTimeout(8_000);
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(error).toBeHidden();
});

test('Undo and Redo name what they will undo and redo', async ({ page }) => {
  await sampleDocument(page);
  await selectWithMouse(page, 'criminal justice systems');
  await page.getByRole('treeitem', { name: HUMAN_RIGHTS }).click();
  const undo = page.getByRole('button', { name: /^Undo: .*Human rights$/ });
  await expect(undo).toBeVisible();
  await expect(undo).toHaveAttribute('title', /^Undo: .*Human rights/);
  await undo.click();
  const redo = page.getByRole('button', { name: /^Redo: .*Human rights$/ });
  await expect(redo).toHaveAttribute('title', /^Redo: .*Human rights/);
});

test('the toolbar fits one row at 1024 px, its menus work by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await startWithSample(page);
  const toolbar = page.getByRole('toolbar', { name: 'Workbench' });
  const tops = await toolbar
    .locator(':scope > *')
    .evaluateAll((els) =>
      els
        .filter((e) => e.getBoundingClientRect().width > 0)
        .map((e) => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2),
    );
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
  const scroll = await toolbar.evaluate((t) => t.scrollWidth - t.clientWidth);
  expect(scroll).toBeLessThanOrEqual(0);

  // Import/Export: a menu button; Down opens it on the first item, arrows move, Escape closes.
  const exchange = page.getByRole('button', { name: 'Import/Export' });
  await expect(exchange).toHaveAttribute('aria-haspopup', 'menu');
  await exchange.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Import/Export' });
  await expect(exchange).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem', { name: /Open files/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /W3C Web Annotations/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(exchange).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  // Up from the last item, past the six "Export as" formats, to "Export project…".
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /Export project/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export project' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The Project menu holds new, rename, delete, backups and the team features.
  await page.getByRole('button', { name: 'Project menu' }).click();
  const project = page.getByRole('menu', { name: 'Project menu' });
  await expect(project.getByRole('menuitem')).toHaveText([
    /New project/,
    /Rename project/,
    /Delete project/,
    /Backups/,
    /Team folder/,
    /Carry codes to another document/,
  ]);
  await project.getByRole('menuitem', { name: /New project/ }).click();
  await expect(page.getByRole('dialog', { name: 'New project' })).toBeVisible();
});

test('every starter code has its own colour', async ({ page }) => {
  await startWithSample(page);
  const colours = await codebookTree(page)
    .getByRole('treeitem')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const swatch = row.querySelector('.swatch');
        return swatch ? getComputedStyle(swatch).backgroundColor : '';
      }),
    );
  expect(colours).toHaveLength(16);
  expect(new Set(colours).size).toBe(16);
});

test('a normal session logs no console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await sampleDocument(page);
  await selectWithMouse(page, 'criminal justice systems');
  await documentView(page).press('1');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  // The quick picker, dismissed and then used, and a code's menu.
  await selectWithMouse(page, 'technical assistance');
  await page.keyboard.press('/');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Code name' }).fill(HUMAN_RIGHTS);
  await page.keyboard.press('Enter');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('treeitem', { name: HUMAN_RIGHTS }).click({ button: 'right' });
  await page.keyboard.press('Escape');
  await page.reload();
  await openDocument(page, DOC);
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('the selected annotation shows its paragraph and context, with offsets in a tooltip', async ({
  page,
}) => {
  await sampleDocument(page);
  await selectWithMouse(page, 'criminal justice systems');
  await documentView(page).press('1');
  await annotationList(page).getByRole('button').first().click();
  const details = page.getByRole('region', { name: 'Selected annotation' });
  await expect(details).toBeVisible();
  await expect(details).not.toContainText(/\(\d+–\d+\)/);
  const where = details.getByText(/^Paragraph \d+/);
  await expect(where).toBeVisible();
  await expect(where).toHaveAttribute('title', /Characters \d+–\d+/);
  // The context shows words around the quote.
  await expect(details.getByTestId('annotation-context')).toContainText('criminal justice systems');
  const context = (await details.getByTestId('annotation-context').textContent()) ?? '';
  expect(context.replace('criminal justice systems', '').trim().length).toBeGreaterThan(10);
});

test('the open menus and the codebook tree have no serious accessibility violations', async ({
  page,
}) => {
  await sampleDocument(page);
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await expect(page.getByRole('menu', { name: 'Import/Export' })).toBeVisible();
  expect(await violations(page, '.toolbar')).toEqual([]);
  expect(await violations(page, '[role="menu"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('treeitem', { name: 'Legal instruments' }).click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Actions for Legal instruments' })).toBeVisible();
  expect(await violations(page, '[role="tree"]')).toEqual([]);
  expect(await violations(page, '[role="menu"]')).toEqual([]);
});
