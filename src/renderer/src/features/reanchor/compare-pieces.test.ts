import { describe, expect, it } from 'vitest';
import { piecesOf } from './compare-pieces';

describe('piecesOf', () => {
  it('cuts diff runs at mark boundaries and lists the marks over each piece', () => {
    const runs = [
      { start: 10, end: 20, changed: false },
      { start: 20, end: 25, changed: true },
    ];
    const marks = [
      { start: 5, end: 12, index: 0 },
      { start: 15, end: 22, index: 1 },
      { start: 30, end: 40, index: 2 },
    ];
    expect(piecesOf(runs, marks)).toEqual([
      { start: 10, end: 12, changed: false, marks: [0] },
      { start: 12, end: 15, changed: false, marks: [] },
      { start: 15, end: 20, changed: false, marks: [1] },
      { start: 20, end: 22, changed: true, marks: [1] },
      { start: 22, end: 25, changed: true, marks: [] },
    ]);
  });

  it('gives nothing for an empty paragraph', () => {
    expect(piecesOf([], [{ start: 0, end: 1, index: 0 }])).toEqual([]);
  });
});
