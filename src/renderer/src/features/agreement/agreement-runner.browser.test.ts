import { describe, expect, it } from 'vitest';
import { teamSnapshot } from '../../../../core/agreement/test-support/snapshot';
import { snapshotChangeSet } from '../../../../core/changes/snapshot-change-set';
import { createStorage, openDatabase } from '../../storage';
import { readProjectCoders } from '../coders/project-coders';
import type { AgreementProgress } from './agreement-protocol';
import { AgreementChoiceError, createWorkerAgreement, inThreadAgreement } from './agreement-runner';
import type { AgreementChoice } from './view-choice';

/** A two-coder project stored in this browser's profile database under a fresh id. */
async function storedProject() {
  const id = `agreement-${Date.now()}-${Math.random()}`;
  const base = teamSnapshot(
    { d1: 'One two three. Four five six.', d2: 'Seven eight nine ten.' },
    ['harm', 'help'],
    ['ann', 'bob'],
    [
      { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
      { coder: 'bob', document: 'd1', start: 0, end: 19, codes: ['harm', 'help'] },
      { coder: 'ann', document: 'd2', start: 0, end: 5, codes: ['help'] },
    ],
  );
  const rename = <T extends { id: string }>(r: T) => ({ ...r, id: `${id}-${r.id}` });
  const doc = (d: string) => `${id}-${d}`;
  const snapshot = {
    ...base,
    project: { ...base.project, id },
    documents: base.documents.map((d) => ({ ...rename(d), projectId: id })),
    codes: base.codes.map((c) => ({ ...rename(c), projectId: id })),
    annotations: base.annotations.map((a) => ({
      ...rename(a),
      projectId: id,
      documentId: doc(a.documentId),
      codeIds: a.codeIds.map(doc),
    })),
  };
  const storage = createStorage(openDatabase());
  await storage.apply(
    snapshotChangeSet(
      snapshot,
      { source: 'import', label: 'set up' },
      { coderId: 'ann', now: 'n' },
    ),
  );
  for (const c of snapshot.coders) await storage.putCoder(c);
  const choice: AgreementChoice = {
    coderIds: ['ann', 'bob'],
    documentIds: [doc('d1'), doc('d2')],
    codeIds: [doc('harm'), doc('help')],
    unit: 'word',
    measures: ['alpha', 'u-alpha'],
    perDocument: true,
  };
  return { id, storage, choice };
}

describe('agreement in a Web Worker', () => {
  it('computes from the profile database what the calling thread computes, with progress; the coders come from a worker too', async () => {
    const { id, storage, choice } = await storedProject();
    const progress: AgreementProgress[] = [];
    const runner = createWorkerAgreement();
    const fromWorker = await runner.compute(id, choice, (p) => progress.push(p));
    const inThread = await inThreadAgreement(storage).compute(id, choice, () => undefined);
    expect(fromWorker).toEqual(inThread);
    expect(fromWorker.perDocument).toHaveLength(2);
    expect(progress.at(-1)).toEqual({ phase: 'computing', done: 6, total: 6 });
    const coders = await readProjectCoders(id);
    expect(coders.annotatingIds.sort()).toEqual(['ann', 'bob']);
    expect(coders.coders.map((c) => c.id)).toEqual(['ann', 'bob']);
    storage.close();
  });

  it('stops when cancelled, refuses a choice core cannot compute, and runs again after', async () => {
    const { id, storage, choice } = await storedProject();
    const runner = createWorkerAgreement();
    const controller = new AbortController();
    const job = runner.compute(id, choice, () => undefined, controller.signal);
    controller.abort(new Error('Cancelled.'));
    await expect(job).rejects.toThrow('Cancelled.');
    await expect(
      runner.compute(id, { ...choice, coderIds: ['ann', 'nobody'] }, () => undefined),
    ).rejects.toBeInstanceOf(AgreementChoiceError);
    const again = await runner.compute(id, choice, () => undefined);
    expect(again.whole.rows).toHaveLength(2);
    storage.close();
  });
});
