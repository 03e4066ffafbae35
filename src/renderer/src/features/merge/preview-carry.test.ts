import { describe, expect, it } from 'vitest';
import { inThreadReanchor } from '../reanchor/reanchor-runner';
import { previewAndMergeSnapshot } from './merge-exchange';
import { inThreadMerge, type MergeRunner } from './merge-runner';
import type { MergeProgress } from './prepare-merge';
import { adasFile, MINE, workbenchWith } from './test-support/changed-copies';
import { nextQuestion } from './test-support/next-question';

/** Grace (her copy of the interview, a code Harm) is asked to merge Ada's file (another text). */
async function asked() {
  const grace = await workbenchWith('Grace', MINE);
  await grace.codebook.createCode('Harm', null);
  const projectId = grace.state.projectId ?? '';
  const mine = grace.state.documents[0]?.id ?? '';
  const computed: number[] = [];
  const runner: MergeRunner = (job, source, signal, onProgress) => {
    computed.push(1);
    return inThreadMerge(job, source, signal, onProgress);
  };
  const question = nextQuestion(grace);
  const done = previewAndMergeSnapshot(grace, "Ada's file", await adasFile(), {
    projectId,
    runner,
    reanchor: inThreadReanchor,
  });
  return { grace, projectId, mine, computed, pending: await question, done };
}

const signal = () => new AbortController().signal;

describe('the merge preview of a file whose copy of a document has another text', () => {
  it('counts the carried document as matched and says what carrying does; unticked, it is new', async () => {
    const { projectId, mine, pending } = await asked();
    const carried = await pending.question.preview(projectId, {}, signal());
    expect(carried.report.counts.document).toMatchObject({ new: 0, unchanged: 1 });
    expect(carried.report.counts.annotation.new).toBe(2);
    expect(carried.carried).toEqual({ exact: 2, fuzzy: 0, orphaned: 1 });
    expect(carried.changedTexts).toEqual([
      { incoming: 'interview.md', local: 'interview.md', localId: mine },
    ]);
    const beside = await pending.question.preview(projectId, {}, signal(), {
      leaveBeside: [mine],
    });
    expect(beside.report.counts.document).toMatchObject({ new: 1, unchanged: 0 });
    expect(beside.report.counts.annotation.new).toBe(3);
    expect(beside.carried).toEqual({ exact: 0, fuzzy: 0, orphaned: 0 });
    expect(beside.changedTexts.map((c) => c.localId)).toEqual([mine]);
    pending.answer(null);
  });

  it('Proceed lands the merge the preview computed, without computing it again', async () => {
    const { grace, projectId, mine, computed, pending, done } = await asked();
    const seen: MergeProgress[] = [];
    await pending.question.preview(projectId, {}, signal(), { onProgress: (p) => seen.push(p) });
    expect(computed).toHaveLength(1);
    const last = seen.at(-1);
    expect(last).toMatchObject({ label: 'Comparing records' });
    expect(last?.done).toBe(last?.total);
    expect(last?.total).toBeGreaterThan(0);
    pending.answer({ action: 'merge', projectId, codeMapping: {}, carryOnto: [mine] });
    const outcome = await done;
    expect(outcome.status).toBe('merged');
    expect(outcome.carried).toEqual({ exact: 2, fuzzy: 0, orphaned: 1 });
    expect(computed).toHaveLength(1);
    const live = (await grace.storage.listAnnotations(projectId, mine)).filter((a) => !a.deleted);
    expect(live).toHaveLength(2);
  });

  it('computes it again when the project changed after the preview', async () => {
    const { grace, projectId, mine, computed, pending, done } = await asked();
    await pending.question.preview(projectId, {}, signal());
    // Grace edits her code's memo: a change set lands on the project after the preview.
    const harm = grace.state.codes.find((c) => c.name === 'Harm')?.id ?? '';
    await grace.codebook.update(harm, { memo: 'harm done' }, 'edit memo');
    pending.answer({ action: 'merge', projectId, codeMapping: {}, carryOnto: [mine] });
    expect((await done).status).toBe('merged');
    expect(computed).toHaveLength(2);
  });

  it('computes it again when the ticks changed after the preview', async () => {
    const { projectId, computed, pending, done } = await asked();
    await pending.question.preview(projectId, {}, signal());
    pending.answer({ action: 'merge', projectId, codeMapping: {}, carryOnto: [] });
    const outcome = await done;
    expect(outcome.report?.counts.document.new).toBe(1);
    expect(computed).toHaveLength(2);
  });
});

describe('the merge preview of a file whose texts are the same as here', () => {
  it('does not read the whole project on this thread to find there is nothing to carry', async () => {
    const grace = await workbenchWith('Grace', MINE);
    const projectId = grace.state.projectId ?? '';
    const read = grace.storage.readSnapshot.bind(grace.storage);
    const incoming = await read(projectId);
    if (!incoming) throw new Error('no project');
    let readsHere = 0;
    grace.storage.readSnapshot = (id) => {
      readsHere++;
      return read(id);
    };
    // The merge itself reads the project where it runs (a worker in the app): not counted.
    const runner: MergeRunner = (job, _source, s, onProgress) =>
      inThreadMerge(job, { readSnapshot: read }, s, onProgress);
    const question = nextQuestion(grace);
    const done = previewAndMergeSnapshot(grace, "Grace's own file", incoming, {
      projectId,
      runner,
      reanchor: inThreadReanchor,
    });
    const pending = await question;
    const preview = await pending.question.preview(projectId, {}, signal());
    expect(preview.carried).toEqual({ exact: 0, fuzzy: 0, orphaned: 0 });
    expect(preview.report.counts.document).toMatchObject({ new: 0, unchanged: 1 });
    expect(readsHere).toBe(0);
    pending.answer(null);
    await done;
  });
});
