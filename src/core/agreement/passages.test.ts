import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/types';
import { annotation } from '../repository/test-support/records';
import { comparePassages, describeDisagreement } from './passages';

function by(coder: string, id: string, start: number, end: number, codes: string[]): Annotation {
  return { ...annotation('p', 'd', id, codes), createdBy: coder, start, end };
}

describe('comparePassages', () => {
  it('marks identical versions agreed and tells the three kinds of disagreement apart', () => {
    const passages = comparePassages(
      [
        by('ann', 'a1', 0, 10, ['x']),
        by('bob', 'b1', 0, 10, ['x']), // agreed
        by('ann', 'a2', 20, 30, ['x']), // Ann only
        by('ann', 'a3', 40, 50, ['x']),
        by('bob', 'b3', 40, 50, ['y']), // different codes
        by('ann', 'a4', 60, 70, ['x']),
        by('bob', 'b4', 62, 75, ['x']), // different boundaries
      ],
      ['ann', 'bob'],
    );
    expect(passages.map((p) => [p.start, p.end, p.disagreement])).toEqual([
      [0, 10, null],
      [20, 30, 'coded-by-some'],
      [40, 50, 'different-codes'],
      [60, 75, 'different-boundaries'],
    ]);
    expect(describeDisagreement(passages[1]!, ['Ann', 'Bob'])).toBe('Coded by Ann only');
    expect(passages[3]!.versions.map((v) => v.map((a) => a.id))).toEqual([['a4'], ['b4']]);
  });

  it('chains overlapping annotations into one passage; touching ones stay apart', () => {
    const passages = comparePassages(
      [by('ann', 'a', 0, 10, ['x']), by('bob', 'b', 5, 20, ['x']), by('ann', 'c', 20, 25, ['x'])],
      ['ann', 'bob'],
    );
    expect(passages.map((p) => [p.start, p.end])).toEqual([
      [0, 20],
      [20, 25],
    ]);
  });

  it('leaves out other coders, deleted annotations and codes not chosen', () => {
    const passages = comparePassages(
      [
        by('ann', 'a', 0, 10, ['x', 'z']),
        by('bob', 'b', 0, 10, ['x']),
        by('eve', 'e', 0, 10, ['y']),
        { ...by('bob', 'd', 30, 40, ['x']), deleted: true },
        by('bob', 'z', 50, 60, ['z']),
      ],
      ['ann', 'bob'],
      new Set(['x']),
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]!.disagreement).toBeNull();
    expect(passages[0]!.versions[0]![0]!.codeIds).toEqual(['x']);
  });

  it('a coder with the same span twice, one code each, agrees with one span carrying both', () => {
    const passages = comparePassages(
      [
        by('ann', 'a', 0, 10, ['x']),
        by('ann', 'a2', 0, 10, ['y']),
        by('bob', 'b', 0, 10, ['y', 'x']),
      ],
      ['ann', 'bob'],
    );
    expect(passages[0]!.disagreement).toBeNull();
  });
});
