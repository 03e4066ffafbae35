import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  corpusList,
  documentView,
  highlightSizes,
  openDocument,
  selectWithMouse,
  startEmpty,
  startWithSample,
} from './support';
import { chooseProjectFile, exportProjectDownload } from './team-support';

const DOCUMENT = 'E-RES-2017-17.txt';
const PHRASE = 'transparent and accountable criminal justice systems';

interface Record_ {
  id: string;
  [field: string]: unknown;
}

/** Ada codes the sample and exports it; Bo's annotation on the same words is added to the file. */
async function twoCodersFile(page: Page): Promise<string> {
  await startWithSample(page, 'Ada Coder');
  await openDocument(page, DOCUMENT);
  await selectWithMouse(page, PHRASE);
  await documentView(page).press('1');
  await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(
    1,
  );
  const download = await exportProjectDownload(page);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    coders: Record_[];
    codes: Record_[];
    documents: (Record_ & { text: string })[];
    annotations: (Record_ & {
      start: number;
      end: number;
      documentId: string;
      codeIds: string[];
    })[];
  };
  const ada = data.annotations.find((a) => !a.deleted)!;
  const text = data.documents.find((d) => d.id === ada.documentId)!.text;
  const otherCode = data.codes.find((c) => !c.deleted && !ada.codeIds.includes(c.id))!;
  const bo = { id: '0190ffff-0000-7000-8000-00000000b0b0', name: 'Bo Coder' };
  data.coders.push({ ...bo, createdAt: '2026-11-30T12:00:00.000Z' });
  const { rev: _rev, revs: _revs, ...rest } = ada;
  // Bo coded the same paragraph: the same sentence from a few words earlier.
  const start = text.lastIndexOf('.', ada.start) + 1 || 0;
  const end = ada.end;
  data.annotations.push({
    ...rest,
    id: '0190ffff-0000-7000-8000-0000000000a1',
    createdBy: bo.id,
    updatedBy: bo.id,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    codeIds: [otherCode.id],
    memo: '',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'marginalia-coders-')), 'team.marginalia.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

/** Ranges painted in code highlights (the painter's per-code highlights end in `-c<n>`). */
async function paintedCodeRanges(page: Page): Promise<number> {
  const sizes = await highlightSizes(page);
  return Object.entries(sizes)
    .filter(([name]) => /-c\d+$/.test(name))
    .reduce((sum, [, size]) => sum + size, 0);
}

test('two coders: names in the list, filter by coder (list and highlights), stripes by coder side by side', async ({
  page,
  browser,
}) => {
  const file = await twoCodersFile(page);

  const fresh = await browser.newContext();
  const grace = await fresh.newPage();
  await startEmpty(grace, 'Grace Coder');
  await chooseProjectFile(grace, file);
  await expect(grace.getByRole('status', { name: /Imported project/ })).toBeVisible();
  await expect(corpusList(grace).getByRole('listitem')).toHaveCount(4);
  await openDocument(grace, DOCUMENT);

  const list = grace.getByRole('list', { name: 'Annotations' });
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(list.getByRole('button', { name: /^Annotation by Ada Coder: / })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^Annotation by Bo Coder: / })).toHaveCount(1);
  await list.getByRole('button').first().click(); // brings the paragraph into view
  // Bo's annotation starts first (the whole sentence); its details name him.
  await expect(grace.getByRole('region', { name: 'Selected annotation' })).toContainText(
    'Coded by Bo Coder',
  );
  await expect.poll(() => paintedCodeRanges(grace)).toBe(2);

  // Filter to Ada alone, with the keyboard: Enter opens the panel, Tab to Bo's box, Space.
  const coders = grace.getByRole('button', { name: 'Coders', exact: true });
  await coders.focus();
  await grace.keyboard.press('Enter');
  const panel = grace.getByRole('group', { name: 'Coders' });
  await expect(panel.getByRole('checkbox', { name: 'Ada Coder' })).toBeChecked();
  await panel.getByRole('checkbox', { name: 'Bo Coder' }).focus();
  await grace.keyboard.press('Space');
  await expect(panel.getByRole('checkbox', { name: 'Bo Coder' })).not.toBeChecked();
  await expect(rows).toHaveCount(1);
  await expect(list).toContainText('Ada Coder');
  await expect(list).not.toContainText('Bo Coder');
  await expect.poll(() => paintedCodeRanges(grace)).toBe(1);
  // Grace (the current coder, no annotations yet) is listed too, and stays shown.
  // Each coder's count of annotations in this document stands beside their name.
  await expect(panel.getByRole('checkbox', { name: 'Grace Coder (you) (0)' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Bo Coder (1)' })).not.toBeChecked();
  await expect(grace.getByRole('button', { name: 'Coders (2 of 3 shown)' })).toBeVisible();

  // Everyone again, then stripes by coder: two columns side by side, one per coder.
  await panel.getByRole('button', { name: 'Show all coders' }).click();
  await expect(rows).toHaveCount(2);
  await expect.poll(() => paintedCodeRanges(grace)).toBe(2);
  await panel.getByRole('radio', { name: 'By coder' }).check();
  await expect(grace.getByLabel('Coding stripes').locator('[data-coder-id]')).toHaveCount(2);
  // The open panel and the coder stripes pass axe's WCAG A/AA checks.
  const axe = await new AxeBuilder({ page: grace })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await grace.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(coders).toBeFocused();
  const gutter = grace.getByLabel('Coding stripes');
  await expect(gutter.locator('[data-coder-id]')).toHaveCount(2);
  // The list a screen reader reads names both coders, each in a lane of their own…
  const bars = await gutter.locator('[data-coder-id]').evaluateAll((els) =>
    els.map((el) => ({
      label: el.getAttribute('aria-label') ?? '',
      lane: (el as HTMLElement).dataset.lane,
    })),
  );
  expect(bars.map((b) => b.label.split(':')[0]).sort()).toEqual(['Ada Coder', 'Bo Coder']);
  expect(new Set(bars.map((b) => b.lane)).size).toBe(2);
  // …and the canvas paints both lanes down to the same last line.
  const bottoms = await gutter.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const ratio = width / canvas.getBoundingClientRect().width;
    const pitch = Math.min(6, canvas.getBoundingClientRect().width / 2);
    return [0, 1].map((lane) => {
      const x = Math.floor((lane * pitch + 1) * ratio);
      let last = -1;
      for (let y = 0; y < height; y++) if (data[(y * width + x) * 4 + 3]! > 0) last = y;
      return last / ratio;
    });
  });
  expect(bottoms.every((b) => b > 0)).toBe(true);
  expect(Math.abs(bottoms[0]! - bottoms[1]!)).toBeLessThan(2); // same last line
  await expect(gutter.locator('[data-code-id]')).toHaveCount(0);

  // The choice is the project's: kept across a reload.
  await grace.reload();
  await expect(grace.getByRole('heading', { name: DOCUMENT })).toBeVisible();
  await list.getByRole('button').first().click();
  await expect(gutter.locator('[data-coder-id]')).toHaveCount(2);
  await fresh.close();
});
