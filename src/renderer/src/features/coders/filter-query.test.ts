import { describe, expect, it } from 'vitest';
import { IntervalIndex } from '../../../../core/index/interval-index';
import { onlyCoder } from './coder-view';
import { filterQuery } from './filter-query';

describe('filterQuery', () => {
  const index = new IntervalIndex<{ id: string; start: number; end: number; createdBy: string }>();
  index.add({ id: 'a1', start: 0, end: 10, createdBy: 'ada' });
  index.add({ id: 'b1', start: 5, end: 15, createdBy: 'bo' });
  index.add({ id: 'a2', start: 50, end: 60, createdBy: 'ada' });
  const query = (start: number, end: number) => index.overlapping(start, end);

  it('everyone: the query itself', () => {
    expect(filterQuery(query, { kind: 'all' })).toBe(query);
  });

  it('chosen coders: only their annotations in the window asked for', () => {
    const ids = (q: (start: number, end: number) => readonly { id: string }[]) =>
      q(0, 20).map((a) => a.id);
    expect(ids(filterQuery(query, onlyCoder('bo')))).toEqual(['b1']);
    expect(ids(filterQuery(query, onlyCoder('ada')))).toEqual(['a1']);
    expect(ids(filterQuery(query, { kind: 'only', coderIds: [] }))).toEqual([]);
  });
});
