import { expect, test, type Page } from '@playwright/test';
import { documentView, openDocument, selectWithMouse, startWithSample } from './support';

/**
 * Spans coded on E/RES/2013/32 and where each must land, checked by reading the texts (the same
 * expectations as core's corpus-transfer tests): in A/RES/68/187 (the same resolution, another
 * layout) every one is found as it was; in E/RES/2017/17 (the next resolution) two are edited
 * and carried with their edits, one is gone (rejected in review), one was rewritten and is
 * placed by hand on its new wording, one is moved into another sentence (left undecided, so it
 * is kept as an orphan of the 2017 text and placed from the orphans list).
 */
const STRESSING =
  'Stressing again the need to strengthen international, regional and subregional cooperation to effectively prevent and combat terrorism';
const VICTIMS =
  'victims of terrorism are treated with dignity and that their rights are recognized and protected';
const URGES =
  'Urges Member States that have not yet done so to consider becoming parties to the existing international conventions and protocols related to terrorism';
const JUSTICE =
  'Stresses the importance of the development and maintenance of fair and effective criminal justice systems';
const SUPPORT =
  'support for victims of terrorism, including the role of victims within the criminal justice framework';
const REPORT =
  'Also requests the Secretary-General to submit to the General Assembly at its sixty-ninth session';

const CODED = [STRESSING, VICTIMS, URGES, JUSTICE, SUPPORT, REPORT];

const IN_2017 = [
  STRESSING,
  'Urges Member States that have not yet done so to consider becoming parties to the existing international conventions and protocols related to counter-terrorism',
  'Stresses the importance of the development and maintenance of effective, fair, humane, transparent and accountable criminal justice systems',
  'Also requests the Secretary-General to submit to the General Assembly at its seventy-third session',
];

/** The quotes of the open document's annotations, in text order. */
async function quotes(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Annotations' });
  const texts = await list.locator('.annotation-quote').allTextContents();
  return texts.map((t) => t.replace(/^“|”$/g, ''));
}

/**
 * Selects `phrase` in the document with the mouse. The last paragraph sits at the bottom of the
 * view, where the first drag can land while the view still settles: try again then.
 */
async function selectSpan(page: Page, phrase: string) {
  const quote = page.getByTestId('selection-quote');
  for (let attempt = 0; ; attempt++) {
    await selectWithMouse(page, phrase);
    try {
      await expect(quote).toContainText(phrase.slice(0, 30), { timeout: 2000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/** Opens the compare view from the Project menu for the open document and `target`. */
async function compareWith(page: Page, target: string) {
  await page.getByRole('button', { name: 'Project menu' }).click();
  await page.getByRole('menuitem', { name: 'Carry codes to another document…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Carry codes to another document' });
  await expect(dialog.getByLabel('Carry the codes of')).toHaveValue(/.+/);
  await dialog.getByLabel('to the document').selectOption({ label: target });
  await dialog.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('dialog', { name: `Compare E-RES-2013-32.txt with ${target}` });
  await expect(compare).toBeVisible();
  return compare;
}

/** Drags the mouse over `phrase` in the right (target) column of the compare view. */
async function selectOnTarget(page: Page, phrase: string) {
  const box = await page.evaluate((needle) => {
    const cells = [...document.querySelectorAll('.compare-cell.right')];
    for (const cell of cells) {
      const text = cell.textContent ?? '';
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const point = (offset: number) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (offset < seen + len) return { node: n, offset: offset - seen };
          seen += len;
        }
        throw new Error('offset past the cell');
      };
      (cell as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = (offset: number) => {
        const { node, offset: o } = point(offset);
        const range = document.createRange();
        range.setStart(node, o);
        range.setEnd(node, o + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(at);
      const last = rect(at + needle.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`not in the target column: ${needle}`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 6 });
  await page.mouse.up();
}

test('carry codes of E-RES-2013-32.txt to the General Assembly text and to the next resolution', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startWithSample(page);
  await openDocument(page, 'E-RES-2013-32.txt');
  for (const [i, phrase] of CODED.entries()) {
    await selectSpan(page, phrase);
    await documentView(page).press(String((i % 3) + 1));
    await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(
      i + 1,
    );
  }

  await expect.poll(() => quotes(page)).toEqual(CODED);

  // The same resolution in the General Assembly's layout: everything is found as it was.
  let compare = await compareWith(page, 'A-RES-68-187.txt');
  await expect(compare.getByRole('status').first()).toContainText('0 accepted, 6 to review');
  await compare.getByRole('button', { name: 'Accept all confident' }).click();
  await expect(compare.getByRole('status').first()).toContainText('6 accepted, 0 to review');
  await compare.getByRole('button', { name: 'Carry 6 annotations' }).click();
  await expect(compare).toBeHidden();
  await expect(
    page.getByRole('button', { name: /^Undo: carry 6 annotations from E-RES-2013-32.txt$/ }),
  ).toBeVisible();
  await openDocument(page, 'A-RES-68-187.txt');
  await expect.poll(() => quotes(page)).toEqual(CODED);

  // The next resolution: edited paragraphs carried with their edits, the rest reviewed.
  await openDocument(page, 'E-RES-2013-32.txt');
  compare = await compareWith(page, 'E-RES-2017-17.txt');
  await compare.getByRole('button', { name: 'Accept all confident' }).click();
  await expect(compare.getByRole('status').first()).toContainText('3 accepted, 3 to review');
  const list = compare.getByRole('listbox', { name: 'Proposed placements' });
  // Review the rest one by one: the victims paragraph is gone from 2017, reject it.
  await expect(list.getByRole('option', { selected: true })).toContainText('victims of terrorism');
  await list.focus();
  await page.keyboard.press('r');
  // The justice paragraph was rewritten: select its new wording on the right, press Enter.
  await expect(list.getByRole('option', { selected: true })).toContainText(
    'Stresses the importance',
  );
  await selectOnTarget(page, IN_2017[2]!);
  await page.keyboard.press('Enter');
  await expect(compare.getByRole('status').first()).toContainText('4 accepted, 1 to review');
  // "support for victims…" moved into another sentence: left undecided, it becomes an orphan.
  await expect(list.getByRole('option', { selected: true })).toContainText('support for victims');
  await compare.getByRole('button', { name: 'Carry 4 annotations' }).click();
  await expect(compare).toBeHidden();
  await expect(
    page.getByText('1 not placed kept in the orphans list of E-RES-2017-17.txt.'),
  ).toBeVisible();
  await openDocument(page, 'E-RES-2017-17.txt');
  await expect.poll(() => quotes(page)).toEqual(IN_2017);

  // The orphans list of the 2017 text: discard (restorable), restore, place by hand, undo.
  const orphans = page.getByRole('region', { name: 'Orphans' });
  await expect(orphans).toContainText('Orphans: 1 to place');
  await orphans.getByRole('button', { name: /^Discard “support for victims/ }).click();
  await expect(orphans).toContainText('Orphans: 0 to place');
  await orphans.getByText('Discarded (1)').click();
  await orphans.getByRole('button', { name: /^Restore “support for victims/ }).click();
  await expect(orphans).toContainText('Orphans: 1 to place');
  await orphans.getByRole('button', { name: /^Place “support for victims.* by hand$/ }).click();
  await expect(orphans.getByRole('status')).toContainText('Select the new span');
  await selectSpan(page, 'support for victims of terrorism');
  await page.keyboard.press('Enter');
  await expect(orphans).toBeHidden();
  await expect.poll(() => quotes(page)).toContain('support for victims of terrorism');
  await page.getByRole('button', { name: /^Undo: place orphan/ }).click();
  await expect(orphans).toContainText('Orphans: 1 to place');
  await expect.poll(() => quotes(page)).toEqual(IN_2017);

  // One undo takes the whole carry back.
  await page
    .getByRole('button', { name: 'Undo: carry 4 annotations from E-RES-2013-32.txt' })
    .click();
  await expect.poll(() => quotes(page)).toEqual([]);
});
