import { describe, expect, it } from 'vitest';
import { importProjectText } from '../exchange/import-project';
import { adaWithDocument, exportOf, workbench } from './test-support/teammates';
import { nextQuestion } from './test-support/next-question';

/** Ada and Grace share a project; Grace coded one more span and exported it. */
async function teammates() {
  const ada = await adaWithDocument();
  const code = await ada.codebook.createCode('Victims', null);
  const grace = await workbench('Grace');
  await importProjectText(grace, 'ada.json', await exportOf(ada));
  await grace.openDocument(grace.state.documents[0]?.id ?? '');
  await grace.coding.applyCode({ start: 0, end: 7 }, code.id);
  await grace.codebook.createCode('Support', null);
  return { ada, grace, file: await exportOf(grace) };
}

describe('Import project… on a file of a project this profile has', () => {
  it('asks with a preview (counts, unmatched codes, the project as target) and merges on Proceed', async () => {
    const { ada, file } = await teammates();
    const asked = nextQuestion(ada);
    const done = importProjectText(ada, 'grace.json', file);
    const { question, answer } = await asked;
    expect(question.sourceName).toBe("Grace's file");
    expect(question.allowNewProject).toBe(false);
    expect(question.initialTarget).toBe(ada.state.projectId);
    const preview = await question.preview(
      ada.state.projectId ?? '',
      {},
      new AbortController().signal,
    );
    expect(preview.report.counts.annotation.new).toBe(1);
    expect(preview.report.counts.code.new).toBe(1);
    expect(preview.problems).toEqual([]);
    expect(preview.changedTexts).toEqual([]);
    // Nothing is written while the preview is open.
    expect(await ada.storage.listRecords(ada.state.projectId ?? '', 'annotation')).toEqual([]);
    answer({ action: 'merge', projectId: ada.state.projectId ?? '', codeMapping: {} });
    expect(await done).toBe(true);
    expect(ada.state.codes.map((c) => c.name).sort()).toEqual(['Support', 'Victims']);
    expect(ada.state.notices.at(-1)?.title).toBe("Merged Grace's file into “Study”");
    expect(ada.state.undoLabel).toBe("Merged Grace's file: 1 new annotation, 1 new code");
  });

  it('maps an unmatched code to an existing one when the user says so', async () => {
    const { ada, file } = await teammates();
    const asked = nextQuestion(ada);
    const done = importProjectText(ada, 'grace.json', file);
    const { question, answer } = await asked;
    const projectId = ada.state.projectId ?? '';
    const signal = new AbortController().signal;
    const [unmatched] = (await question.preview(projectId, {}, signal)).report.unmatchedCodes;
    const victims = ada.state.codes.find((c) => c.name === 'Victims')?.id ?? '';
    const mapping = { [unmatched?.code.id ?? '']: victims };
    expect((await question.preview(projectId, mapping, signal)).report.counts.code.new).toBe(0);
    answer({ action: 'merge', projectId, codeMapping: mapping });
    expect(await done).toBe(true);
    expect(ada.state.codes.map((c) => c.name)).toEqual(['Victims']);
  });

  it('changes nothing when the user cancels the preview', async () => {
    const { ada, file } = await teammates();
    const before = await ada.storage.readSnapshot(ada.state.projectId ?? '');
    const asked = nextQuestion(ada);
    const done = importProjectText(ada, 'grace.json', file);
    (await asked).answer(null);
    expect(await done).toBe(false);
    expect(await ada.storage.readSnapshot(ada.state.projectId ?? '')).toEqual(before);
    expect(ada.state.notices.at(-1)?.title).toBe('grace.json: merge cancelled, nothing changed');
  });
});
