import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntervalIndex } from './interval-index';
import { NaiveIntervalList } from './naive-interval-list';
import type { IntervalLike } from './interval-predicates';

const iv = (id: string, start: number, end: number): IntervalLike => ({ id, start, end });
const ids = (items: IntervalLike[]) => items.map((i) => i.id);

describe('IntervalIndex', () => {
  it('answers the basic queries', () => {
    const index = new IntervalIndex();
    index.add(iv('a', 0, 10));
    index.add(iv('b', 5, 8));
    index.add(iv('c', 10, 12));
    index.add(iv('d', 6, 6));
    expect(index.size).toBe(4);
    expect(ids(index.all())).toEqual(['a', 'b', 'd', 'c']);
    expect(ids(index.overlapping(8, 10))).toEqual(['a']);
    expect(ids(index.overlapping(9, 11))).toEqual(['a', 'c']);
    expect(ids(index.at(10))).toEqual(['c']);
    expect(ids(index.at(6))).toEqual(['a', 'b']);
    expect(index.smallestAt(6)?.id).toBe('b');
    expect(index.smallestAt(12)).toBeUndefined();
  });

  it('treats empty queries and empty intervals as points', () => {
    const index = IntervalIndex.from([iv('a', 0, 10), iv('empty', 5, 5), iv('b', 10, 20)]);
    expect(ids(index.overlapping(5, 5))).toEqual(['a', 'empty']);
    expect(ids(index.overlapping(10, 10))).toEqual(['b']);
    expect(ids(index.overlapping(5, 6))).toEqual(['a', 'empty']);
    expect(ids(index.overlapping(4, 5))).toEqual(['a']);
    expect(ids(index.at(5))).toEqual(['a']);
  });

  it('breaks smallestAt ties by later start, then smaller id', () => {
    const index = IntervalIndex.from([iv('z', 0, 4), iv('y', 2, 6), iv('x', 2, 6)]);
    expect(index.smallestAt(3)?.id).toBe('x');
    index.remove('x');
    expect(index.smallestAt(3)?.id).toBe('y');
  });

  it('rejects duplicate ids and updates of unknown ids', () => {
    const index = new IntervalIndex();
    index.add(iv('a', 0, 1));
    expect(() => index.add(iv('a', 2, 3))).toThrow(/Duplicate/);
    expect(() => index.update(iv('b', 2, 3))).toThrow(/Unknown/);
    expect(() => IntervalIndex.from([iv('a', 0, 1), iv('a', 1, 2)])).toThrow(/Duplicate/);
    expect(index.remove('b')).toBe(false);
  });

  it('reset replaces every item at once, and keeps working with add and remove after', () => {
    const index = new IntervalIndex<ReturnType<typeof iv>>({ blockSize: 4 });
    index.add(iv('old', 0, 100));
    const items = Array.from({ length: 30 }, (_, i) =>
      iv(`n${i}`, (i * 7) % 50, ((i * 7) % 50) + 5),
    );
    index.reset(items);
    expect(index.has('old')).toBe(false);
    expect(index.size).toBe(30);
    expect(index.overlapping(10, 12).map((a) => a.id)).toEqual(
      items
        .filter((a) => a.start < 12 && a.end > 10)
        .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1))
        .map((a) => a.id),
    );
    index.remove('n3');
    index.add(iv('late', 1, 2));
    expect(index.at(1).map((a) => a.id)).toContain('late');
    expect(() => index.reset([iv('d', 0, 1), iv('d', 1, 2)])).toThrow(/Duplicate/);
    expect(index.size).toBe(0);
  });

  it('stays consistent when a caller mutates an item in place', () => {
    const item = iv('a', 0, 5);
    const index = new IntervalIndex();
    index.add(item);
    item.start = 50;
    item.end = 60;
    index.update(item);
    expect(ids(index.at(55))).toEqual(['a']);
    expect(index.at(2)).toEqual([]);
  });

  it('returns the items themselves', () => {
    const item = { id: 'a', start: 0, end: 3, codeIds: ['x'] };
    const index = IntervalIndex.from([item]);
    expect(index.get('a')).toBe(item);
    expect(index.at(1)[0]).toBe(item);
  });

  type Op =
    | { kind: 'add'; id: string; start: number; len: number }
    | { kind: 'remove'; id: string }
    | { kind: 'update'; id: string; start: number; len: number }
    | { kind: 'query'; start: number; len: number };

  const idArb = fc.integer({ min: 0, max: 60 }).map((n) => `i${n}`);
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        id: idArb,
        start: fc.nat(200),
        len: fc.nat(40),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), id: idArb }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('update' as const),
        id: idArb,
        start: fc.nat(200),
        len: fc.nat(40),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('query' as const),
        start: fc.nat(250),
        len: fc.nat(60),
      }),
    },
  );

  it('property: agrees with a naive list on random add/remove/update/query sequences', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 300 }),
        fc.constantFrom(4, 8, 256),
        (ops, blockSize) => {
          const index = new IntervalIndex({ blockSize });
          const naive = new NaiveIntervalList();
          for (const op of ops) {
            if (op.kind === 'add') {
              const item = iv(op.id, op.start, op.start + op.len);
              if (naive.get(op.id)) {
                expect(() => index.add(item)).toThrow();
              } else {
                naive.add(item);
                index.add(item);
              }
            } else if (op.kind === 'remove') {
              expect(index.remove(op.id)).toBe(naive.remove(op.id));
            } else if (op.kind === 'update') {
              const item = iv(op.id, op.start, op.start + op.len);
              if (naive.get(op.id)) {
                naive.update(item);
                index.update(item);
              } else {
                expect(() => index.update(item)).toThrow();
              }
            } else {
              const end = op.start + op.len;
              expect(index.overlapping(op.start, end)).toEqual(naive.overlapping(op.start, end));
              expect(index.at(op.start)).toEqual(naive.at(op.start));
              expect(index.smallestAt(op.start)).toEqual(naive.smallestAt(op.start));
            }
            expect(index.size).toBe(naive.size);
          }
          expect(index.all()).toEqual(naive.all());
          for (let p = 0; p <= 250; p += 7) {
            expect(index.overlapping(p, p)).toEqual(naive.overlapping(p, p));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: from() builds the same index as repeated add()', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: idArb, start: fc.nat(100), len: fc.nat(20) }), {
          selector: (r) => r.id,
        }),
        (raw) => {
          const items = raw.map((r) => iv(r.id, r.start, r.start + r.len));
          const built = IntervalIndex.from(items, { blockSize: 4 });
          const added = new IntervalIndex({ blockSize: 4 });
          items.forEach((i) => added.add(i));
          expect(built.all()).toEqual(added.all());
          for (let q = 0; q < 120; q += 5) {
            expect(built.overlapping(q, q + 9)).toEqual(added.overlapping(q, q + 9));
          }
        },
      ),
    );
  });

  it('handles 100k intervals', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => iv(`a${i}`, i * 10, i * 10 + 25));
    const index = IntervalIndex.from(items);
    expect(ids(index.overlapping(500_000, 500_030))).toEqual([
      'a49998',
      'a49999',
      'a50000',
      'a50001',
      'a50002',
    ]);
    index.remove('a50000');
    expect(index.size).toBe(99_999);
    expect(index.smallestAt(500_001)?.id).toBe('a49999');
  });
});
