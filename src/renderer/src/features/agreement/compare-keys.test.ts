import { describe, expect, it } from 'vitest';
import { compareAction } from './compare-keys';

describe('the comparison keys', () => {
  it('step with N and P and decide with digits, B, 0, M and S', () => {
    const keys = ['n', 'P', '2', 'b', '0', 'M', 's'];
    expect(keys.map((k) => compareAction(k, 3))).toEqual([
      { kind: 'step', direction: 1 },
      { kind: 'step', direction: -1 },
      { kind: 'versions', accept: [1] },
      { kind: 'versions', accept: [0, 1, 2] },
      { kind: 'versions', accept: [] },
      { kind: 'merged' },
      { kind: 'span' },
    ]);
  });

  it('ignores a digit past the last coder and any other key', () => {
    expect([compareAction('3', 2), compareAction('x', 2), compareAction('Enter', 2)]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
