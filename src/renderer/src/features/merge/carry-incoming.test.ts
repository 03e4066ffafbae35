import { describe, expect, it } from 'vitest';
import { createOrphanStore } from '../../storage/orphan-store';
import { inThreadReanchor } from '../reanchor/reanchor-runner';
import { previewAndMergeSnapshot } from './merge-exchange';
import { inThreadMerge } from './merge-runner';
import { adasFile, MINE, workbenchWith } from './test-support/changed-copies';

async function mergeInto(carry: boolean, addToHistory = false) {
  const grace = await workbenchWith('Grace', MINE);
  const projectId = grace.state.projectId ?? '';
  const mine = grace.state.documents[0]?.id ?? '';
  // Grace has a code of the same name: Ada's matches it (another id).
  await grace.codebook.createCode('Harm', null);
  const file = await adasFile();
  const result = await previewAndMergeSnapshot(grace, "Ada's file", file, {
    projectId,
    interactive: false,
    runner: inThreadMerge,
    reanchor: inThreadReanchor,
    addToHistory,
    ...(carry ? { carryOnto: [mine] } : {}),
  });
  const harm = grace.state.codes.find((c) => c.name === 'Harm')?.id ?? '';
  return { grace, projectId, mine, result, harm, file };
}

describe('carrying the incoming annotations onto my copy of a document with another text', () => {
  it('places them on my text, and keeps the one that cannot be placed as an orphan', async () => {
    const { grace, projectId, mine, result, harm } = await mergeInto(true);
    expect(result.status).toBe('merged');
    expect(result.carried).toEqual({ exact: 2, fuzzy: 0, orphaned: 1 });
    const documents = (await grace.storage.listDocuments(projectId)).filter((d) => !d.deleted);
    expect(documents.map((d) => d.id)).toEqual([mine]);
    const placed = (await grace.storage.listAnnotations(projectId, mine)).filter((a) => !a.deleted);
    expect(placed.map((a) => MINE.slice(a.start, a.end)).sort()).toEqual(['Financing', 'Victims']);
    const orphans = await createOrphanStore(grace.storage.db).listOrphans(projectId, mine);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]?.annotation.quote).toBe('Prevention starts in schools');
    expect(orphans[0]?.origin).toBe("merged from Ada's file");
    expect(orphans[0]?.annotation.codeIds).toEqual([harm]);
    expect(placed.map((a) => a.codeIds)).toEqual([[harm], [harm]]);
    expect(result.changedTexts).toEqual([]);
  });

  it('undoing the merge drops its orphans with its annotations; redo keeps them again', async () => {
    const { grace, projectId, mine, result } = await mergeInto(true, true);
    const orphans = () => createOrphanStore(grace.storage.db).listOrphans(projectId, mine);
    const placed = async () =>
      (await grace.storage.listAnnotations(projectId, mine)).filter((a) => !a.deleted).length;
    expect(result.label).not.toBeNull();
    expect([await placed(), (await orphans()).length]).toEqual([2, 1]);
    expect(await grace.undo()).toBe(result.label);
    expect([await placed(), (await orphans()).length]).toEqual([0, 0]);
    expect(await grace.redo()).toBe(result.label);
    expect([await placed(), (await orphans()).length]).toEqual([2, 1]);
    expect((await orphans())[0]?.annotation.quote).toBe('Prevention starts in schools');
  });

  it('merging the same file again keeps no orphan twice and leaves a discarded one discarded', async () => {
    const { grace, projectId, mine, file } = await mergeInto(true);
    const store = createOrphanStore(grace.storage.db);
    const [orphan] = await store.listOrphans(projectId, mine);
    await store.keepOrphans([{ ...orphan!, discardedAt: '2026-12-01T10:00:00.000Z' }]);
    const again = await previewAndMergeSnapshot(grace, "Ada's file", file, {
      projectId,
      interactive: false,
      runner: inThreadMerge,
      reanchor: inThreadReanchor,
      carryOnto: [mine],
    });
    expect(again.status).toBe('unchanged');
    const rows = await store.listOrphans(projectId, mine);
    expect(rows.map((o) => o.discardedAt)).toEqual(['2026-12-01T10:00:00.000Z']);
  });

  it('unticked: the document comes in beside my copy with its annotations, as before', async () => {
    const { grace, projectId, mine, result } = await mergeInto(false);
    expect(result.status).toBe('merged');
    expect(result.carried).toEqual({ exact: 0, fuzzy: 0, orphaned: 0 });
    const documents = (await grace.storage.listDocuments(projectId)).filter((d) => !d.deleted);
    expect(documents).toHaveLength(2);
    const theirs = documents.find((d) => d.id !== mine)?.id ?? '';
    expect((await grace.storage.listAnnotations(projectId, theirs)).length).toBe(3);
    expect((await grace.storage.listAnnotations(projectId, mine)).length).toBe(0);
    expect(await createOrphanStore(grace.storage.db).listOrphans(projectId, mine)).toEqual([]);
    expect(result.changedTexts).toHaveLength(1);
  });
});
