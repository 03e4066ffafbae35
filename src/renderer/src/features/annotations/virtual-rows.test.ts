import { describe, expect, it } from 'vitest';
import { scrollTopToShow, visibleRows } from './virtual-rows';

describe('visibleRows', () => {
  it('mounts the rows in view plus the overscan, whatever the list length', () => {
    expect(visibleRows(0, 400, 80, 100_000, 2)).toEqual({ first: 0, end: 7 });
    expect(visibleRows(80_000, 400, 80, 100_000, 2)).toEqual({ first: 998, end: 1007 });
  });

  it('stays inside the list at its ends and when it is empty', () => {
    expect(visibleRows(7_900, 400, 80, 100, 2)).toEqual({ first: 96, end: 100 });
    expect(visibleRows(0, 400, 80, 0)).toEqual({ first: 0, end: 0 });
    expect(visibleRows(99_999, 400, 80, 3, 2)).toEqual({ first: 3, end: 3 });
  });
});

describe('scrollTopToShow', () => {
  it('leaves a visible row where it is and centres one out of view', () => {
    expect(scrollTopToShow(2, 0, 400, 80)).toBeNull();
    expect(scrollTopToShow(100, 0, 400, 80)).toBe(8000 - 160);
    expect(scrollTopToShow(0, 800, 400, 80)).toBe(0);
  });
});
