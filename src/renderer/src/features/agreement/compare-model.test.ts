import { describe, expect, it } from 'vitest';
import { comparePassages } from '../../../../core/agreement/passages';
import { annotation } from '../../../../core/repository/test-support/records';
import { contextWindow, isSettled, lanePieces, step, verdictLabel } from './compare-model';

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

  it('a disagreement is settled by a consensus annotation in it or by accepting neither', () => {
    const [passage] = comparePassages([by('a', 'a1', 5, 10)], ['a', 'b']);
    expect(isSettled(passage!, [], false)).toBe(false);
    expect(isSettled(passage!, [by('c', 'c1', 9, 15)], false)).toBe(true);
    expect(isSettled(passage!, [by('c', 'c1', 10, 15)], false)).toBe(false);
    expect(isSettled(passage!, [], true)).toBe(true);
  });

  it('steps through disagreements both ways, wrapping around', () => {
    expect([step(-1, 3, 1), step(2, 3, 1), step(0, 3, -1), step(-1, 3, -1), step(0, 0, 1)]).toEqual(
      [0, 0, 2, 2, -1],
    );
  });

  it('names each verdict for the Undo button', () => {
    expect(verdictLabel([1], ['Ann', 'Bob'])).toBe('accept Bob’s version');
    expect(verdictLabel([0, 1], ['Ann', 'Bob'])).toBe('accept both versions');
    expect(verdictLabel([], ['Ann', 'Bob'])).toBe('accept neither version');
  });
});
