import { describe, expect, it } from 'vitest';
import { comparePassages, type Passage } from '../agreement/passages';
import type { AnyRecord } from '../changes/change-set';
import type { Annotation } from '../model/types';
import { isNeitherDecision } from '../model/provenance';
import { annotation } from '../repository/test-support/records';
import { recordKey, recordWritten, undoChangeSet } from '../undo/undo-change-set';
import { adjudicate, consensusCopies, type Verdict } from './adjudication';

const NOW = '2026-03-01T00:00:00.000Z';
const TEXT = 'The doctors never listened to me, and the nurses were kind to us all.';
function by(coder: string, id: string, start: number, end: number, codes: string[], memo = '') {
  return {
    ...annotation('p', 'd', id, codes),
    createdBy: coder,
    start,
    end,
    quote: TEXT.slice(start, end),
    memo,
  };
}
function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}
const maker = () => ({ consensusCoderId: 'consensus', now: NOW, newId: ids('n'), text: TEXT });
const first = (annotations: Annotation[]): Passage =>
  comparePassages(annotations, ['ann', 'bob'])[0] as Passage;
const copies = (verdict: Verdict) => consensusCopies(verdict, maker());

describe('adjudication', () => {
  const sameSpan = first([
    by('ann', 'a', 4, 11, ['x'], 'Ann says'),
    by('bob', 'b', 4, 11, ['y'], 'Bob says'),
  ]);
  const apart = first([by('ann', 'a', 0, 11, ['x']), by('bob', 'b', 4, 32, ['x', 'z'], 'B')]);

  it("accepting one coder's version copies it to the consensus coder, naming its source", () => {
    const [copy, ...rest] = copies({ passage: sameSpan, kind: 'versions', accept: [1] });
    expect(rest).toEqual([]);
    expect(copy).toMatchObject({
      id: 'n1',
      start: 4,
      end: 11,
      quote: TEXT.slice(4, 11),
      codeIds: ['y'],
      memo: 'Bob says',
      derivedFrom: ['b'],
      createdBy: 'consensus',
      updatedBy: 'consensus',
      createdAt: NOW,
      deleted: false,
    });
  });

  it('accepting both joins identical spans into one annotation derived from both', () => {
    const made = copies({ passage: sameSpan, kind: 'versions', accept: [0, 1] });
    expect(made.map((a) => [a.codeIds, a.memo, a.derivedFrom])).toEqual([
      [['x', 'y'], 'Ann says\n\nBob says', ['a', 'b']],
    ]);
  });

  it('accepting both with different spans keeps both spans, each from its own source', () => {
    const made = copies({ passage: apart, kind: 'versions', accept: [0, 1] });
    expect(made.map((a) => [a.start, a.end, a.derivedFrom])).toEqual([
      [0, 11, ['a']],
      [4, 32, ['b']],
    ]);
  });

  it('accepting neither records a decision over the passage: no code, derived from every version', () => {
    const [decision, ...rest] = copies({ passage: apart, kind: 'versions', accept: [] });
    expect(rest).toEqual([]);
    expect(decision).toMatchObject({
      start: apart.start,
      end: apart.end,
      quote: TEXT.slice(apart.start, apart.end),
      codeIds: [],
      derivedFrom: ['a', 'b'],
    });
    expect(isNeitherDecision(decision as Annotation)).toBe(true);
  });

  it('a merged span is the union of the spans with every code and memo, derived from all', () => {
    const [merged, ...rest] = copies({ passage: apart, kind: 'merged' });
    const sources = apart.versions.flat();
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({
      start: Math.min(...sources.map((a) => a.start)),
      end: Math.max(...sources.map((a) => a.end)),
      quote: TEXT.slice(0, 32),
      prefix: '',
      suffix: TEXT.slice(32, 64),
      codeIds: [...new Set(sources.flatMap((a) => a.codeIds))],
      memo: 'B',
      derivedFrom: sources.map((a) => a.id),
    });
  });

  it("new boundaries make one annotation on the reviewer's span with the chosen codes", () => {
    const [drawn] = copies({ passage: apart, kind: 'span', start: 4, end: 20, codeIds: ['z'] });
    expect(drawn).toMatchObject({
      start: 4,
      end: 20,
      quote: TEXT.slice(4, 20),
      prefix: TEXT.slice(0, 4),
      codeIds: ['z'],
      derivedFrom: ['a', 'b'],
    });
    const bad =
      (start: number, end: number, codeIds = ['z']) =>
      () =>
        copies({ passage: apart, kind: 'span', start, end, codeIds });
    expect(bad(5, 5)).toThrow(/not in the text/);
    expect(bad(0, TEXT.length + 1)).toThrow(/not in the text/);
    expect(bad(0, 3, [])).toThrow(/Choose a code/);
  });

  it('is one user change set named by the reviewer, adding stamped records; Undo takes it back', () => {
    const set = adjudicate(
      {
        projectId: 'p',
        verdicts: [
          { passage: sameSpan, kind: 'versions', accept: [0] },
          { passage: apart, kind: 'versions', accept: [] },
        ],
        consensusCoderId: 'consensus',
        newId: ids('n'),
        text: TEXT,
        label: "accept Ann's version",
      },
      { coderId: 'reviewer', now: NOW },
    );
    expect([set.source, set.coderId, set.label]).toEqual([
      'user',
      'reviewer',
      "accept Ann's version",
    ]);
    expect(set.changes.map((c) => c.before)).toEqual([null, null]);
    expect((set.changes[0]!.after as Annotation).rev).toMatch(/^1-/);
    const current = new Map<string, AnyRecord>(
      set.changes.map((c) => [recordKey({ kind: 'annotation', id: c.after!.id }), c.after!]),
    );
    const written = new Map<string, string | null>();
    recordWritten(written, set);
    const undo = undoChangeSet({ label: set.label, original: set }, current, written, {
      coderId: 'reviewer',
      now: '2026-03-01T00:01:00.000Z',
    });
    expect(undo.changes.map((c) => (c.after as Annotation).deleted)).toEqual([true, true]);
  });
});
