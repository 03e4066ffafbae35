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

/** The comparison's progress line, as the view words it. */
const progress = (disagreements: number, decided: number, agreed: number, accepted: number) =>
  `${disagreements} disagreements: ${decided} decided, ${disagreements - decided} to go; ${agreed} agreed passages, ${accepted} accepted`;

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
  // NVivo's kappa: Cohen's kappa on the document's characters, chance from each coder's share.
  const [pa, pb] = [span1 / N, (span1 + d) / N];
  const chance = pa * pb + (1 - pa) * (1 - pb);
  const nvivoKappa = (percent - chance) / (1 - chance);
  // MAXQDA at 90 % overlap: Ada's span and Bob's identical copy each find a partner; Bob's
  // extra span finds none: 2 of 3 segments agree.
  const maxqda = 2 / 3;

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
  await dialog.getByRole('checkbox', { name: /^NVivo coding comparison: percentage/ }).check();
  await dialog.getByRole('checkbox', { name: /^NVivo coding comparison: Kappa/ }).check();
  await dialog.getByRole('checkbox', { name: /^MAXQDA segment agreement/ }).check();
  await expect(dialog.getByRole('spinbutton', { name: /MAXQDA minimum overlap/ })).toHaveValue(
    '90',
  );
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
  await expect(cells.nth(4)).toContainText(`${(percent * 100).toFixed(2)} % of the document`);
  await expect(cells.nth(5)).toContainText(nvivoKappa.toFixed(3));
  await expect(cells.nth(6)).toContainText(`${(maxqda * 100).toFixed(2)} % of the two coders`);
  await expect(table.getByRole('columnheader').nth(7)).toHaveText(
    'MAXQDA segment agreement: percentage of segments matched (minimum overlap 90 %)',
  );
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
  await expect(compare.getByRole('status')).toHaveText(progress(2, 0, 1, 0));
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
  await expect(compare.getByRole('status')).toHaveText(progress(2, 2, 1, 0));
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
  // The agreed span from both coders, Ada's version of the second, and the "accept neither"
  // over Bob's span kept as a decision: no code, derived from Bob's annotation.
  expect(
    live
      .map((a) => [a.start, a.end, a.codeIds, [...(a.derivedFrom as string[])].sort()])
      .sort((x, y) => (x[0] as number) - (y[0] as number)),
  ).toEqual([
    [s1.start, s1.end, s1.codeIds, [s1.id, 'bob-a1'].sort()],
    [s2.start, s2.end, s2.codeIds, [s2.id]],
    [rights, rights + 12, [], ['bob-a3']],
  ]);
  await context.close();
});

/** Selects `phrase` with the mouse in the lane `lane` of the comparison (its first occurrence). */
function selectInLane(page: Page, lane: string, phrase: string): Promise<void> {
  return selectWithMouse(page, phrase, `[role="group"][aria-label="${lane}"] .agreement-lane-text`);
}

test('two profiles code the same sample document, exchange files, adjudicate every disagreement with each verdict, reload, and export a consensus that names its sources', async ({
  page,
  browser,
}) => {
  // Two profiles code ten spans, merge, adjudicate, reload and export twice: a long walk.
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-agreement-team-'));
  // What each coder codes (phrase, code key), and what the reviewer decides at each place.
  const PEACE = 'peaceful and secure societies';
  const ADA_COOPERATION = 'strengthen international, regional and subregional cooperation';
  const BOB_COOPERATION =
    'international, regional and subregional cooperation to effectively prevent';
  const DRAWN = 'regional and subregional cooperation';
  const AGENDA = 'Global Agenda for Dialogue among Civilizations';
  const JUSTICE = 'transparent and accountable criminal justice systems';
  const ada: [string, string][] = [
    [JUSTICE, '1'],
    ['rule of law', '2'],
    [PEACE, '1'],
    [ADA_COOPERATION, '1'],
    [AGENDA, '1'],
  ];
  const bob: [string, string][] = [
    [JUSTICE, '1'],
    ['the rule of law', '2'],
    ['human rights', '1'],
    [PEACE, '2'],
    [BOB_COOPERATION, '1'],
  ];
  async function code(p: Page, spans: [string, string][]) {
    await openDocument(p, 'E-RES-2017-17.txt');
    for (const [phrase, key] of spans) {
      await selectWithMouse(p, phrase);
      await documentView(p).press(key);
    }
    const list = p.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
    await expect(list).toHaveCount(spans.length);
  }
  await startWithSample(page, 'Ada Coder');
  await code(page, ada);
  const adaFile = await exportProjectInto(page, dir);
  const adaData = JSON.parse(readFileSync(adaFile, 'utf8')) as {
    documents: Row[];
    codes: Row[];
    annotations: Row[];
  };
  const text = (adaData.documents.find((d) => d.name === 'E-RES-2017-17.txt') as Row)
    .text as string;
  const at = (phrase: string) => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length };
  };
  // The codes the keys 1 and 2 applied, read from Ada's file.
  const codeOf = (phrase: string) =>
    (adaData.annotations.find((a) => a.start === at(phrase).start) as Row).codeIds as string[];
  const [code1] = codeOf(JUSTICE) as [string];
  const [code2] = codeOf('rule of law') as [string];
  const code2Name = (adaData.codes.find((c) => c.id === code2) as Row).name as string;

  const context = await browser.newContext({ acceptDownloads: true });
  const bobPage = await context.newPage();
  await startWithSample(bobPage, 'Bob Coder');
  await code(bobPage, bob);

  // Bob imports Ada's file: the profiles share the sample's texts, so it merges.
  await chooseProjectFile(bobPage, adaFile);
  const preview = bobPage.getByRole('dialog', { name: 'Merge preview' });
  await preview.getByRole('button', { name: 'Proceed' }).click();
  await expect(preview).toBeHidden();
  // The preview closes as the write starts; the merge has landed when it can be undone.
  await expect(bobPage.getByRole('button', { name: /^Undo: Merged Ada Coder/ })).toBeVisible({
    timeout: 30_000,
  });

  async function openCompare() {
    await bobPage.getByRole('button', { name: 'Agreement', exact: true }).click();
    const dialog = bobPage.getByRole('dialog', { name: 'Inter-coder agreement' });
    await expect(dialog.getByRole('checkbox', { name: 'Ada Coder' })).toBeChecked({
      timeout: 30_000,
    });
    await expect(dialog.getByRole('checkbox', { name: 'Bob Coder' })).toBeChecked();
    await dialog.getByRole('tab', { name: 'Compare and adjudicate' }).click();
    const compare = dialog.getByRole('region', { name: 'Compare coders' });
    await compare.getByRole('combobox', { name: 'Document' }).selectOption('E-RES-2017-17.txt');
    return { dialog, compare };
  }
  const { dialog, compare } = await openCompare();
  await dialog.getByRole('tab', { name: 'Agreement table' }).click();
  await dialog.getByRole('button', { name: 'Compute' }).click();
  await expect(
    dialog.getByRole('table', { name: 'Agreement per code: All chosen documents' }),
  ).toBeVisible();
  await dialog.getByRole('tab', { name: 'Compare and adjudicate' }).click();
  await compare.getByRole('combobox', { name: 'Document' }).selectOption('E-RES-2017-17.txt');

  // Five disagreements in text order (each phrase's first occurrence), one agreed passage.
  await expect(compare.getByRole('status')).toHaveText(progress(5, 0, 1, 0));
  const heading = compare.getByRole('heading', { level: 3 });
  await compare.focus();
  await bobPage.keyboard.press('n');
  await expect(heading).toHaveText('Disagreement 1 of 5: Same spans, different codes');
  await bobPage.keyboard.press('b'); // both codes on the one span
  await expect(heading).toHaveText('Disagreement 2 of 5: Different boundaries');
  // New boundaries: text selected in Ada's lane, with the second code, accepted with S.
  await selectInLane(bobPage, "Ada Coder's coding", DRAWN);
  await expect(compare.getByRole('spinbutton', { name: 'Start' })).toHaveValue(
    String(at(DRAWN).start),
  );
  await expect(compare.getByRole('spinbutton', { name: 'End' })).toHaveValue(String(at(DRAWN).end));
  await compare.getByRole('combobox', { name: 'Code' }).selectOption({ label: code2Name });
  await compare.focus();
  await bobPage.keyboard.press('s');
  await expect(heading).toHaveText('Disagreement 3 of 5: Coded by Ada Coder only');
  expect(await violations(bobPage)).toEqual([]);
  await bobPage.keyboard.press('1'); // Ada's version
  await expect(heading).toHaveText('Disagreement 4 of 5: Different boundaries');
  await bobPage.keyboard.press('m'); // the merged span of "(the) rule of law"
  await expect(heading).toHaveText('Disagreement 5 of 5: Coded by Bob Coder only');
  await bobPage.keyboard.press('0'); // neither: "human rights" stays out of the consensus
  await expect(compare.getByRole('status')).toHaveText(progress(5, 5, 1, 0));

  // Every decision, "accept neither" included, is project data: it survives a reload.
  await bobPage.reload();
  await expect(bobPage.getByRole('heading', { name: 'E-RES-2017-17.txt' })).toBeVisible();
  const again = await openCompare();
  await expect(again.compare.getByRole('status')).toHaveText(progress(5, 5, 1, 0));
  await again.compare.getByRole('button', { name: 'Accept all 1 agreed passages' }).click();
  await expect(again.compare.getByRole('status')).toHaveText(progress(5, 5, 1, 1));

  const download = bobPage.waitForEvent('download');
  await again.compare.getByRole('button', { name: 'Export consensus…' }).click();
  const consensus = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    version: number;
    coders: Row[];
    annotations: Row[];
  };
  await again.dialog.getByRole('button', { name: 'Close' }).click();
  // The whole project, to name the annotations the consensus came from.
  const everything = JSON.parse(readFileSync(await exportProjectInto(bobPage, dir), 'utf8')) as {
    coders: Row[];
    annotations: Row[];
  };
  const nameOf = (id: unknown) => (everything.coders.find((c) => c.id === id) as Row).name;
  const source = (id: string) => {
    const a = everything.annotations.find((x) => x.id === id) as Row;
    return `${nameOf(a.createdBy) as string} ${a.start as number}-${a.end as number}`;
  };
  const coder = consensus.coders.find((c) => c.name === 'Consensus') as Row;
  const made = consensus.annotations
    .filter((a) => !a.deleted)
    .map((a) => {
      expect(a.createdBy).toBe(coder.id);
      return {
        span: `${a.start as number}-${a.end as number}`,
        quote: a.quote,
        codes: a.codeIds,
        from: (a.derivedFrom as string[]).map(source).sort(),
      };
    })
    .sort((x, y) => Number.parseInt(x.span) - Number.parseInt(y.span));
  const span = (s: { start: number; end: number }) => `${s.start}-${s.end}`;
  const by = (who: string, phrase: string) => `${who} ${span(at(phrase))}`;
  const both = (adaPhrase: string, bobPhrase: string) =>
    [by('Ada Coder', adaPhrase), by('Bob Coder', bobPhrase)].sort();
  const merged = {
    start: Math.min(at('rule of law').start, at('the rule of law').start),
    end: Math.max(at('rule of law').end, at('the rule of law').end),
  };
  expect(consensus.version).toBe(3);
  expect(made).toEqual([
    { span: span(at(PEACE)), quote: PEACE, codes: [code1, code2], from: both(PEACE, PEACE) },
    {
      span: span(at(DRAWN)),
      quote: DRAWN,
      codes: [code2],
      from: both(ADA_COOPERATION, BOB_COOPERATION),
    },
    { span: span(at(AGENDA)), quote: AGENDA, codes: [code1], from: [by('Ada Coder', AGENDA)] },
    { span: span(at(JUSTICE)), quote: JUSTICE, codes: [code1], from: both(JUSTICE, JUSTICE) },
    {
      span: span(merged),
      quote: text.slice(merged.start, merged.end),
      codes: [code2],
      from: both('rule of law', 'the rule of law'),
    },
    {
      span: span(at('human rights')),
      quote: 'human rights',
      codes: [],
      from: [by('Bob Coder', 'human rights')],
    },
  ]);

  // The comparison stays in the document's margin as lanes after the dialog closes: stepping
  // there scrolls to each disagreement, marks it by kind and highlights its text.
  const lanesBar = bobPage.getByRole('group', { name: 'Comparison lanes' });
  await expect(lanesBar).toContainText('Lanes: Ada Coder Bob Coder and disagreements');
  await expect(lanesBar.getByRole('status')).toHaveText('5 disagreements, 5 decided');
  await lanesBar.getByRole('button', { name: 'Next disagreement' }).click();
  await expect(lanesBar.getByRole('status')).toHaveText(
    'Disagreement 1 of 5: Same spans, different codes (decided)',
  );
  const lanes = bobPage.locator('.mc-compare-lanes');
  await expect(lanes.locator('.mc-lane-different-codes.mc-lane-decided')).toHaveCount(1);
  await expect(lanes.locator('.mc-lane-current')).toHaveCount(1);
  const highlighted = () =>
    bobPage.evaluate(() =>
      [...(CSS.highlights.get('mc-compare-current') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
  expect(await highlighted()).toEqual([PEACE]);
  await lanesBar.getByRole('button', { name: 'Previous disagreement' }).click();
  await expect(lanesBar.getByRole('status')).toHaveText(
    'Disagreement 5 of 5: Coded by Bob Coder only (decided)',
  );
  await expect(lanes.locator('.mc-lane-coded-by-some')).not.toHaveCount(0);
  expect(await highlighted()).toEqual(['human rights']);
  expect(await seriousViolations(bobPage, '.compare-lanes-bar')).toEqual([]);
  // New boundaries drawn in the document itself: Bob's "human rights", now with the second code.
  await selectWithMouse(bobPage, 'human rights');
  await lanesBar.getByRole('combobox', { name: 'Code for the selected text' }).selectOption({
    label: code2Name,
  });
  await lanesBar.getByRole('button', { name: 'Accept selected text as consensus' }).click();
  // One undoable change, named by the span selected.
  const rights = at('human rights');
  await expect(
    bobPage.getByRole('button', {
      name: `Undo: accept new boundaries ${rights.start}–${rights.end}`,
    }),
  ).toBeVisible();
  await lanesBar.getByRole('button', { name: 'Hide lanes' }).click();
  await expect(lanes).toHaveCount(0);

  // The consensus annotation's details name its sources, and each one is a keyboard-reachable
  // link to the coder's annotation.
  const list = bobPage.getByRole('list', { name: 'Annotations' });
  await list
    .getByRole('button', { name: new RegExp(`^Annotation by Consensus: .*: ${PEACE}`) })
    .click();
  const sources = bobPage.getByRole('group', { name: 'Where this annotation came from' });
  await expect(sources).toContainText('Consensus from Ada Coder’s and Bob Coder’s annotations');
  await sources.getByRole('button', { name: /^Bob Coder’s annotation/ }).focus();
  await bobPage.keyboard.press('Enter');
  await expect(bobPage.getByRole('region', { name: 'Selected annotation' })).toContainText(
    'Coded by Bob Coder',
  );
  await context.close();
});
