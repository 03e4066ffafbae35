// Regression tests for the four defects of issue 6, written against the workbench's public API
// and seen failing on the code before the change-set redesign.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '../features/exchange/export-project';
import { mergePromptsOf } from '../features/merge/merge-prompts';
import { importProjectText } from '../features/exchange/import-project';
import { testPlatform } from '../platform/test-platform';
import type { Storage } from '../storage';
import { sha256Hex } from '../../../core/text/hash';
import { freshStorage, makeParsed } from '../storage/test-fixtures';
import { Workbench } from './workbench';

/** A platform that is never asked for files in these tests. */
const platform = testPlatform();

const TEXT = 'Victims of terrorism need support. Financing of terrorism must stop.';

/** A workbench with a coder, a project and one open document. */
async function setUp(storage: Storage = freshStorage(), coder = 'Ada') {
  const workbench = new Workbench(storage, platform);
  await workbench.init();
  await workbench.setCoderName(coder);
  await workbench.createProject('Study');
  await workbench.importBatch({
    documents: [{ ...makeParsed('a.md', TEXT), contentHash: await sha256Hex(TEXT) }],
    errors: [],
    duplicates: [],
    warnings: [],
  });
  const documentId = workbench.state.documents[0]?.id ?? '';
  await workbench.openDocument(documentId);
  return { storage, workbench, documentId, projectId: workbench.state.projectId ?? '' };
}

/** Moves the clock on, so a stamp made now differs from every earlier one. */
function tick(): void {
  vi.setSystemTime(new Date(Date.now() + 60_000));
}

afterEach(() => vi.useRealTimers());

describe('lost updates: every edit is built in its turn from the latest records', () => {
  it('renaming a document and setting its memo in the same tick keeps both', async () => {
    const { workbench, documentId, projectId } = await setUp();
    await Promise.all([
      workbench.renameDocument(documentId, 'renamed.md'),
      workbench.setDocumentMemo(documentId, 'a document memo'),
    ]);
    const stored = (await workbench.storage.listDocuments(projectId))[0];
    expect([stored?.name, stored?.memo]).toEqual(['renamed.md', 'a document memo']);
    const shown = workbench.state.documents[0];
    expect([shown?.name, shown?.memo]).toEqual(['renamed.md', 'a document memo']);
  });

  it('two codes created in the same tick get different orders and hotkeys', async () => {
    const { workbench } = await setUp();
    const [a, b] = await Promise.all([
      workbench.codebook.createCode('Alpha', null),
      workbench.codebook.createCode('Beta', null),
    ]);
    const stored = workbench.state.codes.filter((c) => c.id === a.id || c.id === b.id);
    expect(stored).toHaveLength(2);
    expect(new Set(stored.map((c) => c.order)).size).toBe(2);
    expect(new Set(stored.map((c) => c.hotkey)).size).toBe(2);
    expect(stored.every((c) => c.hotkey !== null)).toBe(true);
  });

  it('renaming and deleting a project in the same tick keeps both', async () => {
    const { workbench, projectId } = await setUp();
    await workbench.createProject('Other');
    await Promise.all([
      workbench.renameProject(projectId, 'Renamed'),
      workbench.deleteProject(projectId),
    ]);
    const stored = (await workbench.storage.listProjects()).find((p) => p.id === projectId);
    expect([stored?.name, stored?.deleted]).toEqual(['Renamed', true]);
  });
});

describe('undo is a new change, stamped now, refused over a newer edit', () => {
  it('undo stamps the record now instead of rewinding its updatedAt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { workbench, documentId } = await setUp();
    const code = await workbench.codebook.createCode('Victims', null);
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, code.id)) ?? '';
    tick();
    await workbench.coding.setMemo(id, 'first thoughts');
    const memoAt = workbench.annotations.get(id)?.updatedAt ?? '';
    tick();
    expect(await workbench.undo()).toBe('edit annotation memo');
    const stored = (
      await workbench.storage.listAnnotations(workbench.state.projectId ?? '', documentId)
    ).find((a) => a.id === id);
    expect(stored?.memo).toBe('');
    expect(stored && stored.updatedAt > memoAt).toBe(true);
  });

  it('undo is refused, with a message, when another tab changed the record since', async () => {
    const { storage, workbench, documentId } = await setUp();
    const code = await workbench.codebook.createCode('Victims', null);
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, code.id)) ?? '';
    await workbench.coding.setMemo(id, 'mine');
    // Another tab over the same database edits the same annotation.
    const other = new Workbench(storage, platform);
    await other.init();
    await other.openDocument(documentId);
    await other.coding.setMemo(id, 'a newer memo from another tab');
    await expect(workbench.undo()).rejects.toThrow(/changed since/i);
    const stored = (
      await storage.listAnnotations(workbench.state.projectId ?? '', documentId)
    ).find((a) => a.id === id);
    expect(stored?.memo).toBe('a newer memo from another tab');
  });
});

describe('purging the trash leaves a contentless tombstone', () => {
  it('a purged annotation is listed as purged in the project data', async () => {
    const { workbench, projectId } = await setUp();
    const code = await workbench.codebook.createCode('Victims', null);
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, code.id)) ?? '';
    await workbench.coding.remove(id);
    await workbench.purge('annotations', id);
    const data = await workbench.storage.readSnapshot(projectId);
    expect(data?.annotations.map((a) => a.id)).not.toContain(id);
    expect(data?.purged.map((p) => [p.kind, p.id])).toEqual([['annotation', id]]);
  });

  it('purging a code re-stamps the annotations it is removed from', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { workbench, documentId } = await setUp();
    const victims = await workbench.codebook.createCode('Victims', null);
    const support = await workbench.codebook.createCode('Support', null);
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id)) ?? '';
    await workbench.coding.toggleCode(id, support.id);
    const before = workbench.annotations.get(id);
    tick();
    await workbench.codebook.remove(victims.id);
    await workbench.purge('codes', victims.id);
    const stored = (
      await workbench.storage.listAnnotations(workbench.state.projectId ?? '', documentId)
    ).find((a) => a.id === id);
    expect(stored?.codeIds).toEqual([support.id]);
    expect(stored && before && stored.updatedAt > before.updatedAt).toBe(true);
  });
});

describe('profiles that share starter-codebook ids can exchange projects', () => {
  it("importing a teammate's export that shares code ids lands without a ConstraintError", async () => {
    const starter = readFileSync(join(process.cwd(), 'resources/starter-codebook.json'), 'utf8');
    const ada = await setUp(freshStorage(), 'Ada');
    await ada.workbench.codebook.importCodebookText(starter, 'starter-codebook.json');
    const grace = await setUp(freshStorage(), 'Grace');
    await grace.workbench.codebook.importCodebookText(starter, 'starter-codebook.json');
    const shared = ada.workbench.state.codes[0]?.id;
    expect(grace.workbench.state.codes.map((c) => c.id)).toContain(shared);
    await ada.workbench.coding.applyCode({ start: 0, end: 7 }, shared ?? '');
    const file = await buildExport(ada.workbench, { includeTexts: true });

    // Grace's project shares the text, so the merge preview asks first: she imports it as new.
    const prompts = mergePromptsOf(grace.workbench);
    prompts.subscribe(() => prompts.current()?.answer({ action: 'new-project' }));
    expect(await importProjectText(grace.workbench, file.name, file.content)).toBe(true);
    expect(grace.workbench.state.notices.filter((n) => n.kind === 'error')).toEqual([]);
    expect(grace.workbench.state.projectId).toBe(ada.projectId);
    expect(grace.workbench.state.codes.map((c) => c.id)).toContain(shared);
    // Grace's own project still has its codes, under the same ids.
    const own = await grace.storage.listCodes(grace.projectId);
    expect(own.map((c) => c.id)).toContain(shared);
  });
});
