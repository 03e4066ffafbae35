import { describe, expect, it } from 'vitest';
import { comparePassages } from '../../../../core/agreement/passages';
import { annotation } from '../../../../core/repository/test-support/records';
import {
  contextWindow,
  isSettled,
  lanePieces,
  settling,
  step,
  verdictLabel,
} from './compare-model';

const by = (coder: string, id: string, start: number, end: number) => ({
  ...annotation('p', 'd', id, ['x']),
  createdBy: coder,
  start,
  end,
});

describe('the side-by-side comparison', () => {
  it('cuts a lane at each of the coder’s boundaries, marking what is covered', () => {
    const pieces = lanePieces([by('a', 'a1', 5, 10), by('a', 'a2', 8, 12)], 0, 20);
    expect(pieces.map((p) => [p.start, p.end, p.covering.map((a) => a.id)])).toEqual([
      [0, 5, []],
      [5, 8, ['a1']],
      [8, 10, ['a1', 'a2']],
      [10, 12, ['a2']],
      [12, 20, []],
    ]);
  });

  it('shows a passage with whole words around it, within its paragraph', () => {
    const text = 'First paragraph here.\n\nThe second one holds the passage and more words.';
    const start = text.indexOf('passage');
    const window = contextWindow(text, { start, end: start + 7 }, 10);
    expect(text.slice(window.from, window.to)).toBe('holds the passage and more words.');
  });

  it('a disagreement is settled by a consensus annotation over it or derived from it', () => {
    const [passage] = comparePassages([by('a', 'a1', 5, 10)], ['a', 'b']);
    const neither = { ...by('c', 'c2', 5, 10), codeIds: [], derivedFrom: ['a1'] };
    const beyond = { ...by('c', 'c3', 12, 15), derivedFrom: ['a1'] };
    expect(isSettled(passage!, [])).toBe(false);
    expect(isSettled(passage!, [by('c', 'c1', 9, 15)])).toBe(true);
    expect(isSettled(passage!, [by('c', 'c1', 10, 15)])).toBe(false);
    expect(settling(passage!, [by('c', 'c1', 10, 15), neither, beyond])).toEqual([neither, beyond]);
  });

  it('steps through disagreements both ways, wrapping around', () => {
    expect([step(-1, 3, 1), step(2, 3, 1), step(0, 3, -1), step(-1, 3, -1), step(0, 0, 1)]).toEqual(
      [0, 0, 2, 2, -1],
    );
  });

  it('names each verdict for the Undo button', () => {
    const names = ['Ann', 'Bob'];
    const versions = (accept: number[]) => verdictLabel({ kind: 'versions', accept }, names);
    expect(versions([1])).toBe('accept Bob’s version');
    expect(versions([0, 1])).toBe('accept both versions');
    expect(versions([])).toBe('accept neither version');
    expect(verdictLabel({ kind: 'merged' }, names)).toBe('accept the merged span');
    expect(verdictLabel({ kind: 'span', start: 3, end: 9 }, names)).toBe(
      'accept new boundaries 3–9',
    );
  });
});
