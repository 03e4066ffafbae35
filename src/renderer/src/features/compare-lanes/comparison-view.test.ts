import { describe, expect, it } from 'vitest';
import { comparePassages } from '../../../../core/agreement/passages';
import { annotation } from '../../../../core/repository/test-support/records';
import {
  decidedPassages,
  laneBars,
  stepDisagreement,
  type ComparisonView,
} from './comparison-view';

const by = (coder: string, id: string, start: number, end: number, code = 'x') => ({
  ...annotation('p', 'd', id, [code]),
  createdBy: coder,
  start,
  end,
});

const passages = comparePassages(
  [
    by('a', 'a1', 0, 5),
    by('b', 'b1', 0, 5), // agreed
    by('a', 'a2', 10, 15), // a only
    by('a', 'a3', 20, 25),
    by('b', 'b3', 20, 25, 'y'), // different codes
  ],
  ['a', 'b'],
);
const view = (current: number | null): ComparisonView => ({
  documentId: 'd',
  coders: [
    { id: 'a', name: 'Ann', colour: '#111111' },
    { id: 'b', name: 'Bob', colour: '#222222' },
  ],
  passages,
  current,
  consensusCoderId: 'c',
});

describe('the comparison lanes', () => {
  it('draws each coder in their lane and each disagreement by kind in the last lane', () => {
    expect(laneBars(view(1), 8, 30)).toEqual([
      { lane: 0, start: 10, end: 15, colour: '#111111', current: true },
      { lane: 2, start: 10, end: 15, kind: 'coded-by-some', current: true },
      { lane: 0, start: 20, end: 25, colour: '#111111', current: false },
      { lane: 1, start: 20, end: 25, colour: '#222222', current: false },
      { lane: 2, start: 20, end: 25, kind: 'different-codes', current: false },
    ]);
    expect(laneBars(view(null), 0, 5).map((b) => b.lane)).toEqual([0, 1]);
  });

  it('marks the disagreements a consensus annotation lies over as decided', () => {
    const consensus = [by('c', 'c1', 12, 14)];
    const decided = decidedPassages(view(null), (start, end) =>
      consensus.filter((a) => a.start < end && a.end > start),
    );
    expect([...decided]).toEqual([1]);
    expect(laneBars(view(null), 0, 30, decided).filter((b) => b.decided)).toEqual([
      { lane: 2, start: 10, end: 15, kind: 'coded-by-some', current: false, decided: true },
    ]);
  });

  it('steps through the disagreements only, both ways, wrapping', () => {
    expect(stepDisagreement(view(null), 1)).toBe(1);
    expect(stepDisagreement(view(1), 1)).toBe(2);
    expect(stepDisagreement(view(2), 1)).toBe(1);
    expect(stepDisagreement(view(null), -1)).toBe(2);
    expect(stepDisagreement({ ...view(null), passages: [passages[0]!] }, 1)).toBeNull();
  });
});
