import { describe, expect, it } from 'vitest';
import { versionId } from '../../../../core/model/revision';
import type { Annotation } from '../../../../core/model/types';
import { importProjectText } from '../exchange/import-project';
import { mergeExchangeText } from './merge-exchange';
import type { Workbench } from '../../state/workbench';
import { inThreadMerge } from './merge-runner';
import { resolveRecordConflict } from './resolve-conflicts';
import { adaWithDocument, exportOf, workbench } from './test-support/teammates';

/** Ada holds a conflict: she and Grace recoded the same annotation with different codes. */
async function conflicted() {
  const ada = await adaWithDocument();
  await ada.openDocument(ada.state.documents[0]?.id ?? '');
  const victims = await ada.codebook.createCode('Victims', null);
  const support = await ada.codebook.createCode('Support', null);
  const harm = await ada.codebook.createCode('Harm', null);
  const id = (await ada.coding.applyCode({ start: 0, end: 7 }, victims.id)) ?? '';
  const grace = await workbench('Grace');
  await importProjectText(grace, 'ada.json', await exportOf(ada));
  await grace.openDocument(grace.state.documents[0]?.id ?? '');
  await ada.coding.setMemo(id, 'mine');
  const [graceCopy] = grace.annotations.all();
  await grace.coding.setMemo(graceCopy?.id ?? '', 'theirs');
  await grace.coding.applyCode({ start: 0, end: 7 }, support.id);
  await ada.coding.applyCode({ start: 0, end: 7 }, harm.id);
  await mergeExchangeText(ada, 'grace.json', await exportOf(grace), {
    projectId: ada.state.projectId ?? '',
    interactive: false,
    runner: inThreadMerge,
  });
  const projectId = ada.state.projectId ?? '';
  expect(await ada.storage.listConflicts(projectId)).toHaveLength(1);
  return { ada, id, projectId, codes: { victims, support, harm } };
}

const live = (w: Workbench) => w.annotations.all().map((a) => [a.codeIds.slice().sort(), a.memo]);

describe('resolving a conflict from the review panel', () => {
  it('keeps the chosen version as a new revision past both, undoably', async () => {
    const { ada, id, projectId } = await conflicted();
    const [conflict] = await ada.storage.listConflicts(projectId);
    const losing = conflict?.record as Annotation;
    await resolveRecordConflict(
      ada,
      'annotation',
      id,
      { type: 'pick', versionId: versionId(losing) },
      'it',
    );
    expect(await ada.storage.listConflicts(projectId)).toEqual([]);
    expect(ada.annotations.get(id)?.memo).toBe(losing.memo);
    expect(ada.annotations.get(id)?.revs).toContain(versionId(losing));
    expect(ada.state.undoLabel).toBe('keep one version of it');
    await ada.undo();
    expect(await ada.storage.listConflicts(projectId)).toHaveLength(1);
    expect(ada.annotations.get(id)?.memo).not.toBe(losing.memo);
  });

  it('keeps both versions as two annotations', async () => {
    const { ada, id, projectId } = await conflicted();
    const before = live(ada);
    await resolveRecordConflict(ada, 'annotation', id, { type: 'keep-both' }, 'it');
    expect(await ada.storage.listConflicts(projectId)).toEqual([]);
    expect(ada.annotations.all()).toHaveLength(2);
    expect(live(ada)).toEqual(expect.arrayContaining(before));
  });

  it('combines the codes of both versions in one annotation', async () => {
    const { ada, id, codes } = await conflicted();
    await resolveRecordConflict(ada, 'annotation', id, { type: 'combine-codes' }, 'it');
    expect(ada.annotations.get(id)?.codeIds.slice().sort()).toEqual(
      [codes.victims.id, codes.support.id, codes.harm.id].sort(),
    );
  });

  it('says so when the conflict is gone (resolved in another tab meanwhile)', async () => {
    const { ada, id } = await conflicted();
    await resolveRecordConflict(ada, 'annotation', id, { type: 'combine-codes' }, 'it');
    await expect(
      resolveRecordConflict(ada, 'annotation', id, { type: 'combine-codes' }, 'it'),
    ).rejects.toThrow(/no conflict left/);
  });
});
