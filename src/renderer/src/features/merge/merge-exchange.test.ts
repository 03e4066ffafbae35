import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCodebookFile } from '../../../../core/codebook/codebook-file';
import { starterCodesChangeSet } from '../../../../core/codebook/starter-codes';
import { buildChangeSet } from '../../../../core/changes/build-change-set';
import type { Annotation } from '../../../../core/model/types';
import { sha256Hex } from '../../../../core/text/hash';
import { makeParsed } from '../../storage/test-fixtures';
import type { Workbench } from '../../state/workbench';
import { importProjectText } from '../exchange/import-project';
import { mergeExchangeText } from './merge-exchange';
import { inThreadMerge } from './merge-runner';
import { adaWithDocument, exportOf, workbench } from './test-support/teammates';

/** Ada's project: one document, one code, one annotation on "Victims". */
async function adaWithProject() {
  const ada = await adaWithDocument();
  await ada.openDocument(ada.state.documents[0]?.id ?? '');
  const code = await ada.codebook.createCode('Victims', null);
  const annotationId = (await ada.coding.applyCode({ start: 0, end: 7 }, code.id)) ?? '';
  return { ada, code, annotationId };
}

const merge = (w: Workbench, name: string, text: string) =>
  mergeExchangeText(w, name, text, {
    projectId: w.state.projectId ?? '',
    interactive: false,
    addToHistory: true,
    runner: inThreadMerge,
  });

/** Two coders who share a project (Grace imported Ada's file) and edited one annotation apart. */
async function concurrentMemos() {
  const { ada, code, annotationId } = await adaWithProject();
  const grace = await workbench('Grace');
  expect(await importProjectText(grace, 'ada.json', await exportOf(ada))).toBe(true);
  await grace.openDocument(grace.state.documents[0]?.id ?? '');
  await ada.coding.setMemo(annotationId, 'Ada thinks so');
  await grace.coding.setMemo(annotationId, 'Grace disagrees');
  const graceNew = (await grace.coding.applyCode({ start: 35, end: 44 }, code.id)) ?? '';
  return { ada, grace, code, annotationId, graceNew };
}

describe('mergeExchangeText (non-interactive)', () => {
  it('merges a teammate’s file in one named step: new records, a kept conflict, coders', async () => {
    const { ada, grace, annotationId, graceNew } = await concurrentMemos();
    const outcome = await merge(ada, 'grace.json', await exportOf(grace));
    expect(outcome.status).toBe('merged');
    expect(outcome.report?.counts.annotation.new).toBe(1);
    expect(outcome.report?.counts.annotation.conflict).toBe(1);
    expect(outcome.label).toBe("Merged Grace's file: 1 new annotation, 1 conflict");
    expect(ada.state.undoLabel).toBe(outcome.label);
    // In memory at once (the open document's index), and in storage.
    expect(ada.annotations.get(graceNew)?.quote).toBe('Financing');
    const projectId = ada.state.projectId ?? '';
    const conflicts = await ada.storage.listConflicts(projectId);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.record.id).toBe(annotationId);
    expect(ada.state.annotationCounts[ada.state.documents[0]?.id ?? '']).toBe(2);
    expect((await ada.storage.listCoders()).map((c) => c.name).sort()).toEqual(['Ada', 'Grace']);
    // The same file again changes nothing.
    const again = await merge(ada, 'grace.json', await exportOf(grace));
    expect(again.status).toBe('unchanged');
    expect(ada.state.undoLabel).toBe(outcome.label);
  });

  it('keeps unresolved conflicts through export and import into a fresh profile', async () => {
    const { ada, grace } = await concurrentMemos();
    await merge(ada, 'grace.json', await exportOf(grace));
    const file = await exportOf(ada);
    expect(JSON.parse(file).conflicts).toHaveLength(1);
    const third = await workbench('Lin');
    expect(await importProjectText(third, 'ada.json', file)).toBe(true);
    expect(await third.storage.listConflicts(third.state.projectId ?? '')).toHaveLength(1);
  });

  it('merging both ways gives both coders the same records and the same conflict', async () => {
    const { ada, grace } = await concurrentMemos();
    const fromAda = await exportOf(ada);
    const fromGrace = await exportOf(grace);
    await merge(ada, 'grace.json', fromGrace);
    await merge(grace, 'ada.json', fromAda);
    const records = async (w: Workbench) => {
      const s = await w.storage.readSnapshot(w.state.projectId ?? '');
      return { annotations: s?.annotations, conflicts: s?.conflicts, codes: s?.codes };
    };
    expect(await records(grace)).toEqual(await records(ada));
  });

  it('undo reverts the whole merge as a new change, and conflicts go with it', async () => {
    const { ada, grace, annotationId, graceNew } = await concurrentMemos();
    const projectId = ada.state.projectId ?? '';
    const before = (await ada.storage.getRecords(projectId, 'annotation', [annotationId]))[0];
    await merge(ada, 'grace.json', await exportOf(grace));
    expect(await ada.undo()).toMatch(/^Merged Grace's file/);
    expect(ada.annotations.get(graceNew)).toBeUndefined();
    expect(await ada.storage.listConflicts(projectId)).toEqual([]);
    const [after] = (await ada.storage.getRecords(projectId, 'annotation', [
      annotationId,
    ])) as Annotation[];
    expect(after?.memo).toBe(before?.memo);
    // Redo brings it back, conflict included.
    await ada.redo();
    expect(ada.annotations.get(graceNew)?.quote).toBe('Financing');
    expect(await ada.storage.listConflicts(projectId)).toHaveLength(1);
  });

  it('undo and redo of a merge that brought a document keep its text', async () => {
    const { ada, grace } = await concurrentMemos();
    const other = 'A second resolution on support for victims.';
    const parsed = { ...makeParsed('b.md', other), contentHash: await sha256Hex(other) };
    await grace.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
    const outcome = await merge(ada, 'grace.json', await exportOf(grace));
    expect(outcome.report?.counts.document.new).toBe(1);
    const live = () => ada.state.documents.filter((d) => !d.deleted).map((d) => d.name);
    expect(live().sort()).toEqual(['a.md', 'b.md']);
    await ada.undo();
    expect(live()).toEqual(['a.md']);
    await ada.redo();
    const b = ada.state.documents.find((d) => d.name === 'b.md' && !d.deleted);
    expect((await ada.storage.getDocumentBody(ada.state.projectId ?? '', b?.id ?? ''))?.text).toBe(
      other,
    );
  });

  it('refuses to undo a merge when a record it wrote changed since, and says so', async () => {
    const { ada, grace, graceNew } = await concurrentMemos();
    const projectId = ada.state.projectId ?? '';
    await merge(ada, 'grace.json', await exportOf(grace));
    // Another tab changes the merged annotation behind this workbench.
    const [stored] = (await ada.storage.getRecords(projectId, 'annotation', [
      graceNew,
    ])) as Annotation[];
    await ada.storage.apply(
      buildChangeSet({ projectId, source: 'user', label: 'memo' }, ada.context(), [
        {
          kind: 'annotation',
          before: stored as Annotation,
          after: { ...(stored as Annotation), memo: 'tab' },
        },
      ]),
    );
    await expect(ada.undo()).rejects.toThrow(/changed since.*Nothing was changed/);
    expect(await ada.storage.listConflicts(projectId)).toHaveLength(1);
  });

  it('keeps a merge out of the undo history when asked (the team folder’s automatic merges)', async () => {
    const { ada, grace } = await concurrentMemos();
    const before = ada.state.undoLabel;
    const outcome = await mergeExchangeText(ada, 'grace.json', await exportOf(grace), {
      projectId: ada.state.projectId ?? '',
      interactive: false,
      runner: inThreadMerge,
    });
    expect(outcome.status).toBe('merged');
    expect(ada.state.undoLabel).toBe(before);
  });

  it('refuses an invalid file with located problems and changes nothing', async () => {
    const { ada } = await adaWithProject();
    const before = await ada.storage.readSnapshot(ada.state.projectId ?? '');
    const outcome = await merge(ada, 'bad.json', '{ "format": "marginalia-exchange", "version": 2');
    expect(outcome.status).toBe('refused');
    expect(outcome.problems.join(' ')).toMatch(/JSON/);
    expect(await ada.storage.readSnapshot(ada.state.projectId ?? '')).toEqual(before);
  });

  it('merges a file from another project with the same texts (two sample-corpus profiles)', async () => {
    const { ada } = await adaWithProject();
    const { ada: other } = await adaWithProject();
    await other.setCoderName('Bob');
    const outcome = await merge(ada, 'bob.json', await exportOf(other));
    expect(outcome.status).toBe('merged');
    // Same document by content hash; the code matched by name; Bob's annotation is new.
    expect(outcome.report?.counts.document.new).toBe(0);
    expect(outcome.report?.counts.code.new).toBe(0);
    expect(outcome.report?.counts.annotation.new).toBe(1);
    expect(ada.state.documents).toHaveLength(1);
  });

  it('two profiles with the shipped starter codebook merge it without a conflict, edits included', async () => {
    const starter = parseCodebookFile(
      'starter-codebook.json',
      readFileSync(join(process.cwd(), 'resources/starter-codebook.json'), 'utf8'),
    );
    if (!starter.ok) throw new Error('starter codebook');
    const sample = async (coder: string) => {
      const w = await workbench(coder);
      await w.createProject('Sample');
      await new Promise((r) => setTimeout(r, 5));
      await w.changes.change(() => ({
        set: starterCodesChangeSet(starter.codes, w.state.projectId ?? '', w.context()),
        value: undefined,
      }));
      return w;
    };
    const ada = await sample('Ada');
    const bob = await sample('Bob');
    expect(ada.state.codes.length).toBeGreaterThan(3);
    const first = await merge(ada, 'bob.json', await exportOf(bob));
    expect(first.report?.counts.code).toMatchObject({ new: 0, updated: 0, conflict: 0 });
    expect(first.report?.counts.code.unchanged).toBe(ada.state.codes.length);
    // Bob renames a starter code: it replaces Ada's untouched copy, no conflict.
    const code = bob.state.codes[0];
    await bob.codebook.update(code?.id ?? '', { name: 'Renamed by Bob' }, 'rename code');
    const second = await merge(ada, 'bob.json', await exportOf(bob));
    expect(second.report?.counts.code).toMatchObject({ updated: 1, conflict: 0 });
    expect(ada.state.codes.find((c) => c.id === code?.id)?.name).toBe('Renamed by Bob');
  });
});
