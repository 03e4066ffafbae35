import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  documentView,
  openDocument,
  selectWithMouse,
  startEmpty,
  startWithSample,
} from './support';
import { chooseProjectFile, exportProjectInto, seriousViolations } from './team-support';

type Row = Record<string, unknown>;

/** Serious and critical WCAG A/AA violations axe-core finds in the agreement dialog. */
const violations = (page: Page) => seriousViolations(page, 'dialog');

/** Ada Coder starts with the sample and codes two spans of it with the first two codes. */
async function adaCodesTwoSpans(page: Page): Promise<void> {
  await startWithSample(page, 'Ada Coder');
  await openDocument(page, 'E-RES-2017-17.txt');
  await selectWithMouse(page, 'transparent and accountable criminal justice systems');
  await documentView(page).press('1');
  await selectWithMouse(page, 'rule of law');
  await documentView(page).press('2');
  await expect(page.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(
    2,
  );
}

/** A copy of `a` made by another coder over [start, end) of the text (quote and context recut). */
function recoded(a: Row, text: string, id: string, coder: string, start: number, end: number) {
  const { rev: _rev, revs: _revs, ...rest } = a;
  return {
    ...rest,
    id,
    createdBy: coder,
    updatedBy: coder,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    memo: '',
  };
}

test('two coders: the agreement table shows the figure computed here, every disagreement is adjudicated into Consensus and exported', async ({
  page,
  browser,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-agreement-'));
  // Ada codes the sample document: one span with the first code, one with the second.
  await adaCodesTwoSpans(page);
  const exported = await exportProjectInto(page, dir);

  // Bob's coding, written into the exchange file: the same first span (agreement), the second
  // span four characters wider (different boundaries), and a span only Bob coded.
  const data = JSON.parse(readFileSync(exported, 'utf8')) as {
    coders: Row[];
    documents: Row[];
    codes: Row[];
    annotations: Row[];
  };
  const doc = data.documents.find((d) => d.name === 'E-RES-2017-17.txt') as Row;
  const text = doc.text as string;
  const length = doc.charCount as number;
  const ada = [...data.annotations].sort((x, y) => (x.start as number) - (y.start as number));
  const [s1, s2] = ada as [Row, Row];
  const code1 = (s1.codeIds as string[])[0] as string;
  const code1Name = (data.codes.find((c) => c.id === code1) as Row).name as string;
  const bob = 'bob-coder-0001';
  data.coders.push({ id: bob, name: 'Bob Coder', createdAt: '2026-11-30T09:00:00.000Z' });
  const rights = text.indexOf('human rights', (s2.end as number) + 50);
  data.annotations.push(
    recoded(s1, text, 'bob-a1', bob, s1.start as number, s1.end as number),
    recoded(s2, text, 'bob-a2', bob, (s2.start as number) - 4, s2.end as number),
    { ...recoded(s1, text, 'bob-a3', bob, rights, rights + 12), codeIds: [code1] },
  );
  const teamFile = join(dir, 'team.marginalia.json');
  writeFileSync(teamFile, JSON.stringify(data));

  // The figures for code 1 on characters, computed here from the definitions: Ada coded s1,
  // Bob s1 and 12 more characters, so d = 12 characters differ out of N.
  const N = length;
  const d = 12;
  const span1 = (s1.end as number) - (s1.start as number);
  const n1 = 2 * span1 + d;
  const n0 = 2 * N - n1;
  const percent = (N - d) / N;
  // Nominal alpha, two coders, nothing missing: 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
  const alpha = 1 - ((2 * N - 1) * 2 * d) / (2 * n0 * n1);

  // Grace, the reviewer, imports the team's file into her own profile.
  const context = await browser.newContext({ acceptDownloads: true });
  const grace = await context.newPage();
  await startEmpty(grace, 'Grace Reviewer');
  await chooseProjectFile(grace, teamFile);
  await expect(grace.getByRole('status', { name: /Imported project/ })).toBeVisible();

  await grace.getByRole('button', { name: 'Agreement', exact: true }).click();
  const dialog = grace.getByRole('dialog', { name: 'Inter-coder agreement' });
  // The coders who annotated are found by the worker reading the project: allow a busy machine.
  await expect(dialog.getByRole('group', { name: 'Coders' })).toContainText('Ada Coder', {
    timeout: 30_000,
  });
  await expect(dialog.getByRole('checkbox', { name: 'Bob Coder' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Ada Coder' })).toBeChecked();
  // Whoever only wrote the starter codebook coded nothing and is not chosen by default.
  await expect(
    dialog.getByRole('checkbox', { name: 'Marginalia starter codebook' }),
  ).not.toBeChecked();
  await dialog.getByRole('button', { name: 'None of the documents' }).click();
  await dialog.getByRole('checkbox', { name: 'E-RES-2017-17.txt' }).check();
  await dialog.getByRole('button', { name: 'None of the codes' }).click();
  await dialog.getByRole('checkbox', { name: code1Name, exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Percent agreement' }).check();
  await dialog.getByRole('button', { name: 'Compute' }).click();

  const table = dialog.getByRole('table', { name: 'Agreement per code: All chosen documents' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toContainText([
    'Code',
    'Coders who used it',
    "Krippendorff's alpha (nominal)",
    'Percent agreement',
    'uα, unitizing alpha (Krippendorff, Mathet, Bouvry & Widlöcher 2016)',
  ]);
  const row = table
    .getByRole('row')
    .filter({ has: grace.getByRole('rowheader', { name: code1Name }) });
  const cells = row.getByRole('cell');
  await expect(cells.nth(1)).toContainText(alpha.toFixed(3));
  await expect(cells.nth(1)).toContainText(`${N.toLocaleString('en')} units`);
  await expect(cells.nth(1)).toContainText('Krippendorff');
  await expect(cells.nth(2)).toContainText(percent.toFixed(3));
  expect(await violations(grace)).toEqual([]);

  // The CSV carries the same figure at full precision.
  const csvDownload = grace.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export table as CSV…' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  const alphaLine = csv
    .split('\r\n')
    .find((l) => l.includes(`,${code1},`) && l.includes(',alpha,'));
  expect(Number(alphaLine?.split(',')[9])).toBeCloseTo(alpha, 12);
  const png = grace.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export chart as PNG…' }).click();
  expect(
    readFileSync(await (await png).path())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  // Compare and adjudicate, on every code.
  await dialog.getByRole('button', { name: 'All codes' }).click();
  await dialog.getByRole('tab', { name: 'Compare and adjudicate' }).click();
  const compare = dialog.getByRole('region', { name: 'Compare coders' });
  await expect(compare.getByRole('status')).toHaveText(
    '2 disagreements, 2 not yet adjudicated; 1 agreed passages',
  );
  await compare.focus();
  await grace.keyboard.press('n');
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(
    'Disagreement 1 of 2: Different boundaries',
  );
  await expect(compare.getByRole('group', { name: "Bob Coder's coding" })).toContainText(
    text.slice((s2.start as number) - 4, s2.end as number),
  );
  await grace.keyboard.press('n');
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(
    'Disagreement 2 of 2: Coded by Bob Coder only',
  );
  await grace.keyboard.press('p');
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(
    'Disagreement 1 of 2: Different boundaries',
  );
  // The document behind follows the disagreement.
  await expect(grace.getByRole('heading', { name: 'E-RES-2017-17.txt' })).toBeVisible();

  expect(await violations(grace)).toEqual([]);
  await grace.keyboard.press('1'); // Ada's version of the second span
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(
    'Disagreement 2 of 2: Coded by Bob Coder only',
  );
  await compare.getByRole('button', { name: 'Accept neither (0)' }).click();
  await expect(compare.getByRole('status')).toHaveText(
    '2 disagreements, 0 not yet adjudicated; 1 agreed passages',
  );
  await compare.getByRole('button', { name: 'Accept all 1 agreed passages' }).click();
  await expect(
    compare.getByRole('button', { name: 'Undo: accept 1 agreed passages' }),
  ).toBeVisible();
  // Undo takes the bulk acceptance back; redo (Ctrl+Shift+Z) brings it again.
  await compare.getByRole('button', { name: 'Undo: accept 1 agreed passages' }).click();
  await expect(compare.getByRole('button', { name: 'Accept all 1 agreed passages' })).toBeEnabled();
  await compare.getByRole('button', { name: 'Accept all 1 agreed passages' }).click();
  await expect(
    compare.getByRole('button', { name: 'Accept all 0 agreed passages' }),
  ).toBeDisabled();

  const consensusDownload = grace.waitForEvent('download');
  await compare.getByRole('button', { name: 'Export consensus…' }).click();
  const consensusFile = await consensusDownload;
  expect(consensusFile.suggestedFilename()).toMatch(/-consensus\.marginalia\.json$/);
  const consensus = JSON.parse(readFileSync(await consensusFile.path(), 'utf8')) as {
    coders: Row[];
    annotations: Row[];
  };
  const consensusCoder = consensus.coders.find((c) => c.name === 'Consensus') as Row;
  expect(consensusCoder).toBeDefined();
  const live = consensus.annotations.filter((a) => !a.deleted);
  expect(live.every((a) => a.createdBy === consensusCoder.id)).toBe(true);
  expect(
    live
      .map((a) => [a.start, a.end, a.codeIds])
      .sort((x, y) => (x[0] as number) - (y[0] as number)),
  ).toEqual([
    [s1.start, s1.end, s1.codeIds],
    [s2.start, s2.end, s2.codeIds],
  ]);
  await context.close();
});

test('two profiles code the same sample document, exchange files, and adjudicate into Consensus', async ({
  page,
  browser,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-agreement-team-'));
  await adaCodesTwoSpans(page);
  const adaFile = await exportProjectInto(page, dir);

  const context = await browser.newContext({ acceptDownloads: true });
  const bob = await context.newPage();
  await startWithSample(bob, 'Bob Coder');
  await openDocument(bob, 'E-RES-2017-17.txt');
  await selectWithMouse(bob, 'transparent and accountable criminal justice systems');
  await documentView(bob).press('1');
  await selectWithMouse(bob, 'the rule of law');
  await documentView(bob).press('2');
  await selectWithMouse(bob, 'human rights');
  await documentView(bob).press('1');
  await expect(bob.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(3);

  // Bob imports Ada's file: the profiles share the sample's texts, so it merges.
  await chooseProjectFile(bob, adaFile);
  const preview = bob.getByRole('dialog', { name: 'Merge preview' });
  await preview.getByRole('button', { name: 'Proceed' }).click();
  await expect(preview).toBeHidden();
  // The preview closes as the write starts; the merge has landed when it can be undone.
  await expect(bob.getByRole('button', { name: /^Undo: Merged Ada Coder/ })).toBeVisible({
    timeout: 30_000,
  });

  await bob.getByRole('button', { name: 'Agreement', exact: true }).click();
  const dialog = bob.getByRole('dialog', { name: 'Inter-coder agreement' });
  await expect(dialog.getByRole('checkbox', { name: 'Ada Coder' })).toBeChecked({
    timeout: 30_000,
  });
  await expect(dialog.getByRole('checkbox', { name: 'Bob Coder' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Compute' }).click();
  await expect(
    dialog.getByRole('table', { name: 'Agreement per code: All chosen documents' }),
  ).toBeVisible();

  await dialog.getByRole('tab', { name: 'Compare and adjudicate' }).click();
  const compare = dialog.getByRole('region', { name: 'Compare coders' });
  await compare.getByRole('combobox', { name: 'Document' }).selectOption('E-RES-2017-17.txt');
  await expect(compare.getByRole('status')).toHaveText(
    '2 disagreements, 2 not yet adjudicated; 1 agreed passages',
  );
  await compare.focus();
  await bob.keyboard.press('n');
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(
    'Disagreement 1 of 2: Different boundaries',
  );
  await bob.keyboard.press('b'); // both versions of the rule of law
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(
    'Disagreement 2 of 2: Coded by Bob Coder only',
  );
  await bob.keyboard.press('2'); // Bob's "human rights"
  await expect(compare.getByRole('status')).toHaveText(
    '2 disagreements, 0 not yet adjudicated; 1 agreed passages',
  );
  await compare.getByRole('button', { name: 'Accept all 1 agreed passages' }).click();
  await expect(
    compare.getByRole('button', { name: 'Accept all 0 agreed passages' }),
  ).toBeDisabled();

  const download = bob.waitForEvent('download');
  await compare.getByRole('button', { name: 'Export consensus…' }).click();
  const consensus = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    coders: Row[];
    annotations: Row[];
  };
  const coder = consensus.coders.find((c) => c.name === 'Consensus') as Row;
  const quotes = consensus.annotations
    .filter((a) => !a.deleted)
    .map((a) => {
      expect(a.createdBy).toBe(coder.id);
      return a.quote;
    })
    .sort();
  expect(quotes).toEqual([
    'human rights',
    'rule of law',
    'the rule of law',
    'transparent and accountable criminal justice systems',
  ]);
  await context.close();
});
