import { describe, expect, it } from 'vitest';
import { agreementTable } from '../../../../core/agreement/agreement-table';
import { teamSnapshot } from '../../../../core/agreement/test-support/snapshot';
import { answerAgreementRequest, withoutDetails, type AgreementReply } from './agreement-protocol';
import { AgreementChoiceError, inThreadAgreement } from './agreement-runner';
import type { AgreementNeeds } from '../../storage';
import type { AgreementChoice } from './view-choice';

const snapshot = teamSnapshot(
  { d1: 'One two three. Four five six.', d2: 'Seven eight nine ten.' },
  ['harm', 'help'],
  ['ann', 'bob', 'cy'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 0, end: 19, codes: ['harm', 'help'] },
    { coder: 'ann', document: 'd2', start: 0, end: 5, codes: ['help'] },
  ],
);
/** What the worker asked the database for, request by request. */
const asked: AgreementNeeds[] = [];
const source = {
  readAgreementRecords: async (id: string, needs: AgreementNeeds) => {
    asked.push(needs);
    return id === 'p' ? snapshot : undefined;
  },
};
const choice: AgreementChoice = {
  coderIds: ['ann', 'bob'],
  documentIds: ['d1', 'd2'],
  codeIds: ['harm', 'help'],
  unit: 'word',
  measures: ['alpha', 'cohen-kappa'],
  perDocument: true,
};

describe('the agreement worker protocol', () => {
  it('reports progress, then the same tables core computes, per document on demand', async () => {
    const replies: AgreementReply[] = [];
    let clock = 0;
    await answerAgreementRequest(
      { id: 7, projectId: 'p', choice },
      source,
      (r) => replies.push(r),
      () => (clock += 100),
    );
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress[0]).toMatchObject({ id: 7, phase: 'reading' });
    expect(progress.at(-1)).toMatchObject({ phase: 'computing', done: 6, total: 6 });
    const done = replies.at(-1);
    if (done?.type !== 'done') throw new Error('no outcome');
    const expected = agreementTable(
      snapshot,
      {
        unit: 'word',
        coderIds: ['ann', 'bob'],
        documentIds: ['d1', 'd2'],
        codeIds: ['harm', 'help'],
      },
      ['alpha', 'cohen-kappa'],
    );
    // The same figures, without the intermediates the view never shows (smaller to pass back).
    expect(done.outcome.whole).toEqual(withoutDetails({ whole: expected, perDocument: [] }).whole);
    expect(expected.rows[0]?.results[0]?.details).not.toEqual({});
    expect(done.outcome.whole.rows[0]?.results[0]?.details).toEqual({});
    const withCy = await new Promise<AgreementReply[]>((resolve) => {
      const out: AgreementReply[] = [];
      void answerAgreementRequest(
        {
          id: 8,
          projectId: 'p',
          choice: { ...choice, coderIds: ['ann', 'bob', 'cy'], measures: ['alpha'] },
        },
        source,
        (r) => out.push(r),
      ).then(() => resolve(out));
    });
    const last = withCy.at(-1);
    expect(last?.type === 'done' && last.outcome.whole.problems).toEqual([
      'cy made no annotation in the chosen documents: counted as coding nothing',
    ]);
    expect(done.outcome.perDocument.map((d) => d.documentName)).toEqual(['d1.txt', 'd2.txt']);
    expect(done.outcome.perDocument[1]?.table.coders.map((c) => c.id)).toEqual(['ann', 'bob']);
  });

  it('a choice core refuses comes back as a choice error; a missing project as a failure', async () => {
    const runner = inThreadAgreement(source);
    await expect(
      runner.compute('p', { ...choice, coderIds: ['ann', 'bob', 'cy'] }, () => undefined),
    ).rejects.toBeInstanceOf(AgreementChoiceError);
    const missing = runner.compute('gone', choice, () => undefined);
    await expect(missing).rejects.toThrow(/could not be read/);
    await expect(missing).rejects.not.toBeInstanceOf(AgreementChoiceError);
  });

  it('reads only the chosen documents, with their texts only for units cut from the text', async () => {
    const runner = inThreadAgreement(source);
    asked.length = 0;
    await runner.compute('p', choice, () => undefined);
    await runner.compute(
      'p',
      { ...choice, unit: 'character', documentIds: ['d2'] },
      () => undefined,
    );
    await runner.compute('p', { ...choice, unit: 'document' }, () => undefined);
    expect(asked).toEqual([
      { documentIds: ['d1', 'd2'], texts: true, coderIds: ['ann', 'bob'] },
      { documentIds: ['d2'], texts: false, coderIds: ['ann', 'bob'] },
      { documentIds: ['d1', 'd2'], texts: false, coderIds: ['ann', 'bob'] },
    ]);
  });

  it('a cancelled computation does not start', async () => {
    const controller = new AbortController();
    controller.abort(new Error('Cancelled.'));
    await expect(
      inThreadAgreement(source).compute('p', choice, () => undefined, controller.signal),
    ).rejects.toThrow('Cancelled.');
  });
});
