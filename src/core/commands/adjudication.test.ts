import { describe, expect, it } from 'vitest';
import { comparePassages } from '../agreement/passages';
import type { Annotation } from '../model/types';
import { annotation } from '../repository/test-support/records';
import { adjudicate, consensusCopies } from './adjudication';

const NOW = '2026-03-01T00:00:00.000Z';
function by(coder: string, id: string, start: number, end: number, codes: string[], memo = '') {
  return { ...annotation('p', 'd', id, codes), createdBy: coder, start, end, memo };
}
function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

describe('adjudication', () => {
  const passage = comparePassages(
    [by('ann', 'a', 0, 10, ['x'], 'Ann says'), by('bob', 'b', 0, 10, ['y'], 'Bob says')],
    ['ann', 'bob'],
  )[0]!;

  it("accepting one coder's version copies it to the consensus coder with a new id, memo kept", () => {
    const [copy, ...rest] = consensusCopies({ passage, accept: [1] }, 'consensus', NOW, ids('n'));
    expect(rest).toEqual([]);
    expect(copy).toMatchObject({
      id: 'n1',
      start: 0,
      end: 10,
      codeIds: ['y'],
      memo: 'Bob says',
      createdBy: 'consensus',
      updatedBy: 'consensus',
      createdAt: NOW,
      deleted: false,
    });
  });

  it('accepting both joins identical spans into one annotation with both codes and memos', () => {
    const made = consensusCopies({ passage, accept: [0, 1] }, 'consensus', NOW, ids('n'));
    expect(made.map((a) => [a.codeIds, a.memo])).toEqual([[['x', 'y'], 'Ann says\n\nBob says']]);
  });

  it('accepting both with different spans keeps both spans; none makes nothing', () => {
    const apart = comparePassages(
      [by('ann', 'a', 0, 10, ['x']), by('bob', 'b', 5, 12, ['x'])],
      ['ann', 'bob'],
    )[0]!;
    const made = consensusCopies({ passage: apart, accept: [0, 1] }, 'c', NOW, ids('n'));
    expect(made.map((a) => [a.start, a.end])).toEqual([
      [0, 10],
      [5, 12],
    ]);
    expect(consensusCopies({ passage: apart, accept: [] }, 'c', NOW, ids('n'))).toEqual([]);
  });

  it('is one user change set named by the reviewer, adding stamped records, none changed', () => {
    const set = adjudicate(
      {
        projectId: 'p',
        verdicts: [{ passage, accept: [0] }],
        consensusCoderId: 'consensus',
        newId: ids('n'),
        label: "accept Ann's version",
      },
      { coderId: 'reviewer', now: NOW },
    );
    expect([set.source, set.coderId, set.label]).toEqual([
      'user',
      'reviewer',
      "accept Ann's version",
    ]);
    expect(set.changes.map((c) => c.before)).toEqual([null]);
    expect((set.changes[0]!.after as Annotation).rev).toMatch(/^1-/);
  });
});
