import { describe, expect, it } from 'vitest';
import { buildChangeSet } from '../../../core/changes/build-change-set';
import { code } from '../../../core/repository/test-support/records';
import { LARGE_CHANGE_SET } from './change-layer';
import type { CodeMergeProgress } from './codebook-actions';
import { testPlatform } from '../platform/test-platform';
import { makeParsed } from '../storage/test-fixtures';
import { openedDocument } from './test-support/opened-document';
import { Workbench } from './workbench';

/** A platform that is never asked for files in these tests. */
const platform = testPlatform();

/** A workbench over fresh storage with a coder, a project, one open document and two codes. */
async function setUp() {
  const opened = await openedDocument(
    'Victims of terrorism need support. Financing of terrorism must stop.',
    platform,
  );
  const { storage, workbench, documentId, code: victims } = opened;
  const financing = await workbench.codebook.createCode('Financing', null);
  return { storage, workbench, documentId, victims, financing };
}

describe('Workbench', () => {
  it('writes every edit through: a second workbench over the same database sees it (a reload)', async () => {
    const { storage, workbench, documentId, victims } = await setUp();
    const id = await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id);
    await workbench.coding.setMemo(id ?? '', 'who counts as a victim?');
    const reloaded = new Workbench(storage, platform);
    await reloaded.init();
    await reloaded.openDocument(documentId);
    expect(reloaded.annotations.all().map((a) => [a.quote, a.codeIds, a.memo])).toEqual([
      ['Victims', [victims.id], 'who counts as a victim?'],
    ]);
    expect(reloaded.state.codeCounts[victims.id]).toBe(1);
  });

  it('undoes and redoes each edit with its name, and the counts follow', async () => {
    const { workbench, documentId, victims, financing } = await setUp();
    const id = (await workbench.coding.applyCode({ start: 0, end: 20 }, victims.id)) ?? '';
    await workbench.coding.toggleCode(id, financing.id);
    await workbench.coding.resize(id, 0, 7);
    expect(workbench.state.undoLabel).toBe('resize annotation');
    expect(await workbench.undo()).toBe('resize annotation');
    expect(workbench.annotations.get(id)?.quote).toBe('Victims of terrorism');
    expect(await workbench.undo()).toBe('add code Financing');
    expect(workbench.state.codeCounts[financing.id] ?? 0).toBe(0);
    expect(await workbench.redo()).toBe('add code Financing');
    expect(workbench.state.codeCounts[financing.id]).toBe(1);
    expect(workbench.state.annotationCounts[documentId]).toBe(1);
    await workbench.coding.remove(id);
    expect(workbench.state.annotationCounts[documentId] ?? 0).toBe(0);
    expect(await workbench.undo()).toBe('delete annotation');
    expect(workbench.annotations.get(id)?.codeIds).toEqual([victims.id, financing.id]);
  });

  it('two quick edits to one annotation both land: each is built when its turn comes', async () => {
    const { workbench, victims, financing } = await setUp();
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id)) ?? '';
    // Not awaited one by one: a memo typed, then a code added, before the first write finished.
    await Promise.all([
      workbench.coding.setMemo(id, 'a memo'),
      workbench.coding.toggleCode(id, financing.id),
    ]);
    const annotation = workbench.annotations.get(id);
    expect(annotation?.memo).toBe('a memo');
    expect(annotation?.codeIds).toEqual([victims.id, financing.id]);
    const stored = await workbench.storage.listAnnotations(
      workbench.state.projectId ?? '',
      annotation?.documentId ?? '',
    );
    expect(stored.map((a) => [a.memo, a.codeIds])).toEqual([
      ['a memo', [victims.id, financing.id]],
    ]);
  });

  it('a cancelled import adds nothing and says so', async () => {
    const { workbench } = await setUp();
    const before = workbench.state.documents.length;
    const batch = {
      documents: [makeParsed('b.md', 'Another text.')],
      errors: [],
      duplicates: [],
      warnings: [],
    };
    await workbench.importBatch(batch, AbortSignal.abort());
    expect(workbench.state.documents.length).toBe(before);
    expect(workbench.state.notices.map((n) => n.title)).toContain(
      'Import cancelled: no document was added',
    );
    const stored = await workbench.storage.listDocuments(workbench.state.projectId ?? '');
    expect(stored.length).toBe(before);
  });

  it('keeps counts equal to a recount from storage after merges and deletes', async () => {
    const { storage, workbench, victims, financing } = await setUp();
    const projectId = workbench.state.projectId ?? '';
    await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id);
    await workbench.coding.applyCode({ start: 35, end: 44 }, financing.id);
    await workbench.coding.applyCode({ start: 35, end: 44 }, victims.id);
    await workbench.codebook.merge(financing.id, victims.id);
    const recount = Object.fromEntries(await storage.countAnnotationsByCode(projectId));
    expect(workbench.state.codeCounts[victims.id]).toBe(recount[victims.id]);
    expect(recount[victims.id]).toBe(2);
    await workbench.undo();
    const after = Object.fromEntries(await storage.countAnnotationsByCode(projectId));
    expect(workbench.state.codeCounts[financing.id]).toBe(after[financing.id]);
    expect(workbench.state.codeCounts[victims.id]).toBe(after[victims.id]);
  });

  it('reports a code merge’s progress and, cancelled while stamping, changes nothing', async () => {
    const { storage, workbench, victims, financing } = await setUp();
    const projectId = workbench.state.projectId ?? '';
    await workbench.coding.applyCode({ start: 0, end: 7 }, financing.id);
    await workbench.coding.applyCode({ start: 35, end: 44 }, financing.id);
    const undoBefore = workbench.state.undoLabel;
    const countsBefore = Object.fromEntries(await storage.countAnnotationsByCode(projectId));
    const controller = new AbortController();
    const seen: CodeMergeProgress[] = [];
    const cancelled = workbench.codebook.merge(financing.id, victims.id, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        controller.abort();
      },
    });
    await expect(cancelled).rejects.toThrow();
    expect(seen).toEqual([{ done: 0, total: 2, saving: false }]);
    expect(workbench.state.codes.find((c) => c.id === financing.id)?.deleted).toBe(false);
    expect(workbench.state.undoLabel).toBe(undoBefore);
    expect(Object.fromEntries(await storage.countAnnotationsByCode(projectId))).toEqual(
      countsBefore,
    );
    const progress: CodeMergeProgress[] = [];
    const moved = await workbench.codebook.merge(financing.id, victims.id, {
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    expect(moved).toBe(2);
    expect(progress).toEqual([
      { done: 0, total: 2, saving: false },
      { done: 2, total: 2, saving: true },
    ]);
    expect(workbench.state.codeCounts[victims.id]).toBe(2);
  });

  it('keeps the undo history and the open document across a reload', async () => {
    const { storage, workbench, documentId, victims } = await setUp();
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id)) ?? '';
    await workbench.coding.setMemo(id, 'why');
    await new Promise((resolve) => setTimeout(resolve, 400)); // the history is saved after a pause
    const reloaded = new Workbench(storage, platform);
    await reloaded.init();
    expect(reloaded.state.openDocument?.meta.id).toBe(documentId);
    expect(reloaded.state.undoLabel).toBe('edit annotation memo');
    expect(await reloaded.undo()).toBe('edit annotation memo');
    expect(reloaded.annotations.get(id)?.memo).toBe('');
    expect(await reloaded.undo()).toBe('apply code Victims');
    expect(reloaded.annotations.get(id)).toBeUndefined();
  });

  it('tells change-set listeners once per change, with its source and label', async () => {
    const { workbench, victims } = await setUp();
    const seen: string[] = [];
    workbench.onChangeSetApplied((set) => {
      seen.push(`${set.source}: ${set.label}`);
    });
    await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id);
    await workbench.undo();
    await workbench.redo();
    expect(seen).toEqual([
      'user: apply code Victims',
      'undo: apply code Victims',
      'redo: apply code Victims',
    ]);
  });

  it('shows a large change set at once and takes it into the undo history a task later, undoably', async () => {
    const { workbench } = await setUp();
    const projectId = workbench.state.projectId ?? '';
    const codes = Array.from({ length: LARGE_CHANGE_SET + 1 }, (_, i) => code(projectId, `m${i}`));
    const before = workbench.state.codes.length;
    // What the one notification that shows the new codes says Undo would undo.
    let undoWhenShown: string | null | undefined;
    const stop = workbench.store.subscribe(() => {
      if (undoWhenShown === undefined && workbench.state.codes.length > before)
        undoWhenShown = workbench.state.undoLabel;
    });
    await workbench.changes.change(() => ({
      set: buildChangeSet({ projectId, source: 'user', label: 'many codes' }, workbench.context(), [
        ...codes.map((after) => ({ kind: 'code' as const, before: null, after })),
      ]),
      value: undefined,
    }));
    stop();
    expect(undoWhenShown).toBe('create code Financing');
    expect(workbench.state.undoLabel).toBe('many codes');
    await workbench.undo();
    expect(workbench.state.codes.filter((c) => !c.deleted)).toHaveLength(before);
  });

  it('an edit over a record another tab changed is refused, then the latest version shows', async () => {
    const { storage, workbench, documentId, victims, financing } = await setUp();
    const id = (await workbench.coding.applyCode({ start: 0, end: 7 }, victims.id)) ?? '';
    const other = new Workbench(storage, platform);
    await other.init();
    await other.openDocument(documentId);
    await other.coding.setMemo(id, 'from the other tab');
    await expect(workbench.coding.toggleCode(id, financing.id)).rejects.toThrow(
      /changed elsewhere/,
    );
    expect(workbench.annotations.get(id)?.memo).toBe('from the other tab');
    await workbench.coding.toggleCode(id, financing.id);
    const stored = await storage.listAnnotations(workbench.state.projectId ?? '', documentId);
    expect(stored.map((a) => [a.memo, a.codeIds])).toEqual([
      ['from the other tab', [victims.id, financing.id]],
    ]);
  });
});
