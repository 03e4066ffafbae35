import { describe, expect, it } from 'vitest';
import type { TeamFileStamp } from '../../../../core/team-folder/file-changes';
import { teamFileName } from '../../../../core/team-folder/team-file-name';
import { sha256Hex } from '../../../../core/text/hash';
import type { TeamFolderAccess } from '../../platform/platform';
import { testPlatform } from '../../platform/test-platform';
import { freshStorage, makeParsed } from '../../storage/test-fixtures';
import { Workbench } from '../../state/workbench';
import { buildExport } from '../exchange/export-project';
import { importProjectText } from '../exchange/import-project';
import { inThreadMerge } from '../merge/merge-runner';
import { inThreadReanchor } from '../reanchor/reanchor-runner';
import { createOrphanStore } from '../../storage/orphan-store';
import { followWorkbench } from './follow-workbench';
import { createTeamFolderSync } from './team-folder-sync';
import { quietMergeOf, workbenchTeamHost } from './workbench-team-host';

const TEXT = 'Victims of terrorism need support. Financing of terrorism must stop.';

/** One folder both coders see, as the platform would show it to each. */
function sharedFolder() {
  const files = new Map<string, { text: string; modifiedAt: number }>();
  let clock = 1;
  const access: TeamFolderAccess = {
    link: async () => ({ folderName: 'team', ready: true }),
    unlink: async () => undefined,
    open: async () => ({ folderName: 'team', ready: true }),
    reconnect: async () => ({ folderName: 'team', ready: true }),
    list: async (): Promise<TeamFileStamp[]> =>
      [...files].map(([name, f]) => ({ name, size: f.text.length, modifiedAt: f.modifiedAt })),
    read: async (_p, name) => files.get(name)?.text ?? '',
    writeOwn: async (_p, coder, content) => {
      const name = teamFileName(coder);
      files.set(name, { text: content, modifiedAt: clock++ });
      return name;
    },
    onChange: () => () => undefined,
  };
  return { access, files };
}

async function workbench(coder: string) {
  const w = new Workbench(freshStorage(), testPlatform());
  await w.init();
  await w.setCoderName(coder);
  return w;
}

function syncFor(w: Workbench, access: TeamFolderAccess) {
  const sync = createTeamFolderSync(
    access,
    workbenchTeamHost(w, quietMergeOf(w, { runner: inThreadMerge, reanchor: inThreadReanchor })),
    { writeDelayMs: 10, maxWaitMs: 50, pollMs: 60_000 },
  );
  followWorkbench(w, sync);
  return sync;
}

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await check()).toBe(true);
};

describe('team folder between two workbenches', () => {
  it('Ada’s edits reach Grace through the folder, each writing only her own file', async () => {
    const ada = await workbench('Ada');
    await ada.createProject('Study');
    const parsed = { ...makeParsed('a.md', TEXT), contentHash: await sha256Hex(TEXT) };
    await ada.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
    const grace = await workbench('Grace');
    const start = await buildExport(ada, { includeTexts: true });
    expect(await importProjectText(grace, start.name, start.content)).toBe(true);

    const folder = sharedFolder();
    const adaSync = syncFor(ada, folder.access);
    const graceSync = syncFor(grace, folder.access);
    const adaCoder = ada.state.coder ?? { id: '', name: '' };
    const graceCoder = grace.state.coder ?? { id: '', name: '' };
    await until(() => folder.files.size === 2);
    expect([...folder.files.keys()].sort()).toEqual(
      [teamFileName(adaCoder), teamFileName(graceCoder)].sort(),
    );

    // Ada codes a span: after the round of edits her file is rewritten, Grace merges it.
    await ada.openDocument(ada.state.documents[0]?.id ?? '');
    const code = await ada.codebook.createCode('Victims', null);
    const annotationId = (await ada.coding.applyCode({ start: 0, end: 7 }, code.id)) ?? '';
    await until(async () =>
      (folder.files.get(teamFileName(adaCoder))?.text ?? '').includes(annotationId),
    );
    await graceSync.syncNow();
    const projectId = grace.state.projectId ?? '';
    const graceAnnotations = await grace.storage.listAnnotations(
      projectId,
      grace.state.documents[0]?.id ?? '',
    );
    expect(graceAnnotations.map((a) => a.id)).toEqual([annotationId]);
    const status = graceSync.get().teammates.find((t) => t.fileName === teamFileName(adaCoder));
    expect(status).toMatchObject({ coderName: 'Ada' });
    expect(status?.brought).toMatch(/1 new annotation/);
    expect(status?.problem).toBeUndefined();

    // Grace's own file now carries Ada's annotation too; Ada merging it back brings nothing new.
    await until(async () =>
      (folder.files.get(teamFileName(graceCoder))?.text ?? '').includes(annotationId),
    );
    await adaSync.syncNow();
    const back = adaSync.get().teammates.find((t) => t.fileName === teamFileName(graceCoder));
    expect(back?.brought).toBe('nothing new');
    await adaSync.flush();
    adaSync.dispose();
    // Ada's file no longer changes; Grace has merged its last version.
    await graceSync.syncNow();
    const before = graceSync.get().teammates.find((t) => t.fileName === teamFileName(adaCoder));
    graceSync.dispose();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the kept status lines are written

    // Grace restarts: Ada's file is merged again (nothing new); the line still says when it came
    // and what it brought, not "merged just now, nothing new".
    const restarted = syncFor(grace, folder.access);
    await until(() => restarted.get().lastSyncAt !== undefined);
    const kept = restarted.get().teammates.find((t) => t.fileName === teamFileName(adaCoder));
    expect(before?.mergedAt).toBeDefined();
    expect(kept).toMatchObject({ mergedAt: before?.mergedAt, brought: before?.brought });
    restarted.dispose();
  });

  it('carries a teammate’s annotations onto my copy of a document with another text', async () => {
    // Grace's copy of the interview has an intro; Ada's has a closing sentence instead.
    const MINE = 'Intro by Grace. Victims of terrorism need support. Financing must stop.';
    const THEIRS =
      'Victims of terrorism need support. Financing must stop. Prevention starts early.';
    const addInterview = async (w: Workbench, text: string) => {
      const parsed = { ...makeParsed('interview.md', text), contentHash: await sha256Hex(text) };
      await w.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
      return w.state.documents.find((d) => d.name === 'interview.md')?.id ?? '';
    };
    const ada = await workbench('Ada');
    await ada.createProject('Study');
    const shared = { ...makeParsed('a.md', TEXT), contentHash: await sha256Hex(TEXT) };
    await ada.importBatch({ documents: [shared], errors: [], duplicates: [], warnings: [] });
    const grace = await workbench('Grace');
    const start = await buildExport(ada, { includeTexts: true });
    expect(await importProjectText(grace, start.name, start.content)).toBe(true);
    const mine = await addInterview(grace, MINE);
    const theirs = await addInterview(ada, THEIRS);
    await ada.openDocument(theirs);
    const code = await ada.codebook.createCode('Harm', null);
    for (const quote of ['Victims', 'Financing', 'Prevention starts early']) {
      const at = THEIRS.indexOf(quote);
      await ada.coding.applyCode({ start: at, end: at + quote.length }, code.id);
    }

    const folder = sharedFolder();
    const adaFile = teamFileName(ada.state.coder ?? { id: '', name: '' });
    folder.files.set(adaFile, {
      text: (await buildExport(ada, { includeTexts: true })).content,
      modifiedAt: 1,
    });
    const sync = syncFor(grace, folder.access);
    await until(() => sync.get().teammates.some((t) => t.fileName === adaFile && !!t.brought));
    const status = sync.get().teammates.find((t) => t.fileName === adaFile);
    expect(status?.problem).toBeUndefined();
    expect(status?.brought).toMatch(/2 annotations carried onto your copies, 1 kept as orphan$/);
    const projectId = grace.state.projectId ?? '';
    // Ada's copy did not come in beside Grace's: her annotations are on Grace's text.
    const names = (await grace.storage.listDocuments(projectId)).filter((d) => !d.deleted);
    expect(names.map((d) => d.name).sort()).toEqual(['a.md', 'interview.md']);
    const placed = (await grace.storage.listAnnotations(projectId, mine)).filter((a) => !a.deleted);
    expect(placed.map((a) => MINE.slice(a.start, a.end)).sort()).toEqual(['Financing', 'Victims']);
    const orphans = await createOrphanStore(grace.storage.db).listOrphans(projectId, mine);
    expect(orphans.map((o) => o.annotation.quote)).toEqual(['Prevention starts early']);
    sync.dispose();
  });

  it('skips a teammate’s invalid file with a notice naming it, changing nothing', async () => {
    const ada = await workbench('Ada');
    await ada.createProject('Study');
    const folder = sharedFolder();
    folder.files.set('marginalia-bo-11112222.json', { text: '{"format": "nope"}', modifiedAt: 1 });
    const sync = syncFor(ada, folder.access);
    await until(() => sync.get().teammates.some((t) => t.problem !== undefined));
    expect(sync.get().teammates[0]?.problem).toBeTruthy();
    const notices = ada.state.notices.map((n) => n.title);
    expect(notices).toContain('marginalia-bo-11112222.json: skipped, nothing changed');
    expect(ada.state.undoLabel).toBeNull();
    sync.dispose();
  });

  it('refuses a file of an unrelated project instead of pouring its documents in', async () => {
    const ada = await workbench('Ada');
    await ada.createProject('Study');
    const text = { ...makeParsed('a.md', TEXT), contentHash: await sha256Hex(TEXT) };
    await ada.importBatch({ documents: [text], errors: [], duplicates: [], warnings: [] });
    const cy = await workbench('Cy');
    await cy.createProject('Other');
    const other = 'A different text altogether.';
    const parsed = { ...makeParsed('b.md', other), contentHash: await sha256Hex(other) };
    await cy.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
    const folder = sharedFolder();
    const cyFile = teamFileName(cy.state.coder ?? { id: 'x', name: 'Cy' });
    const cyText = (await buildExport(cy, { includeTexts: true })).content;
    folder.files.set(cyFile, { text: cyText, modifiedAt: 1 });
    const sync = syncFor(ada, folder.access);
    await until(() => sync.get().teammates.some((t) => t.problem !== undefined));
    expect(sync.get().teammates[0]?.problem).toMatch(/another project \(“Other”\)/);
    expect(ada.state.documents.map((d) => d.name)).toEqual(['a.md']);
    sync.dispose();
  });
});
