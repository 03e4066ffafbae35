import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import { sha256Hex } from '../../../../core/text/hash';
import { workbench as startWorkbench } from '../merge/test-support/teammates';
import { makeParsed } from '../../storage/test-fixtures';
import { mergeRefiIntoOpenProject } from './merge-refi';
import { nextQuestion } from '../merge/test-support/next-question';

const OTHER_TEXT = 'Trust in doctors is high. Trust in banks is low.';

/** What another tool's export of a project looks like: the same content, every id new. */
function withNewIds(snapshot: ProjectSnapshot): ProjectSnapshot {
  const ids = new Map<string, string>();
  const id = (old: string) => {
    if (!ids.has(old)) ids.set(old, `refi-${ids.size + 1}`);
    return ids.get(old) as string;
  };
  return {
    ...snapshot,
    project: { ...snapshot.project, id: id(snapshot.project.id) },
    documents: snapshot.documents.map((d) => ({ ...d, id: id(d.id), projectId: 'x' })),
    codes: snapshot.codes.map((c) => ({
      ...c,
      id: id(c.id),
      parentId: c.parentId && id(c.parentId),
    })),
    annotations: snapshot.annotations.map((a) => ({
      ...a,
      id: id(a.id),
      documentId: id(a.documentId),
      codeIds: a.codeIds.map(id),
    })),
  };
}

/** Ada has project Other (one coded document) and project Open (another document), Open open. */
async function twoProjects() {
  const w = await startWorkbench('Ada');
  await w.createProject('Other');
  const otherId = w.state.projectId ?? '';
  const parsed = {
    ...makeParsed('other.txt', OTHER_TEXT),
    contentHash: await sha256Hex(OTHER_TEXT),
  };
  await w.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
  await w.openDocument(w.state.documents[0]?.id ?? '');
  const trust = await w.codebook.createCode('Trust', null);
  await w.coding.applyCode({ start: 0, end: 16 }, trust.id);
  const stored = await w.storage.readSnapshot(otherId);
  if (!stored) throw new Error('no project');
  // The file: Other's content under new ids, with one more coding on the same text.
  const file = withNewIds(stored);
  const first = file.annotations[0]!;
  file.annotations.push({ ...first, id: 'refi-new', start: 26, end: 40, quote: 'Trust in banks' });
  await w.createProject('Open');
  const openText = 'A text only the open project has.';
  await w.importBatch({
    documents: [{ ...makeParsed('open.txt', openText), contentHash: await sha256Hex(openText) }],
    errors: [],
    duplicates: [],
    warnings: [],
  });
  return { w, otherId, openId: w.state.projectId ?? '', file };
}

describe('importing a REFI-QDA project into a project picked in the merge preview', () => {
  it('matches the file by content to the picked project, read from storage, not to the open one', async () => {
    const { w, otherId, openId, file } = await twoProjects();
    expect(openId).not.toBe(otherId);
    // The matching is the exchange runner's (the worker's, in the workbench), once per target.
    const align = vi.spyOn(w.platform.exchange, 'alignToStored');
    const asked = nextQuestion(w);
    const done = mergeRefiIntoOpenProject(w, 'other.qdpx', file, () =>
      Promise.reject(new Error('not asked in this test')),
    );
    const { question, answer } = await asked;
    expect(question.initialTarget).toBe(openId);
    const signal = new AbortController().signal;

    const intoOpen = await question.preview(openId, {}, signal);
    expect(intoOpen.report.counts.document.new).toBe(1);

    // Into Other: its document and code are the file's by content; only the new coding is new.
    const intoOther = await question.preview(otherId, {}, signal);
    expect(intoOther.report.counts.document.new).toBe(0);
    expect(intoOther.report.counts.code.new).toBe(0);
    expect(intoOther.report.counts.annotation.new).toBe(1);

    answer({ action: 'merge', projectId: otherId, codeMapping: {} });
    await done;
    expect(align.mock.calls.map((c) => c[0])).toEqual([openId, otherId]);
    align.mockRestore();
    const after = await w.storage.readSnapshot(otherId);
    const live = <T extends { deleted: boolean }>(xs: T[] = []) => xs.filter((x) => !x.deleted);
    expect(live(after?.documents)).toHaveLength(1);
    expect(live(after?.codes).map((c) => c.name)).toEqual(['Trust']);
    expect(
      live(after?.annotations)
        .map((a) => a.quote)
        .sort(),
    ).toEqual(['Trust in banks', 'Trust in doctors']);
    // The open project is untouched.
    expect(live((await w.storage.readSnapshot(openId))?.documents)).toHaveLength(1);
    expect(w.state.notices.map((n) => n.title).join('\n')).toMatch(
      /other\.qdpx: matched 1 document/,
    );
  });
});
