import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromAnnotations, columnsQuery, overlappingRows } from './annotation-columns';
import type { SurfaceAnnotation } from './types';

const span = fc
  .record({
    start: fc.nat(20_000),
    length: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 4000, max: 9000 })),
    codes: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }),
  })
  .map(({ start, length, codes }) => ({ start, end: start + length, codeIds: codes }));

describe('annotation columns', () => {
  it('answers overlap queries exactly as a full scan does, long spans included', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 300 }),
        fc.nat(25_000),
        fc.nat(5000),
        (spans, qs, ql) => {
          const annotations: SurfaceAnnotation[] = spans.map((s, i) => ({ id: `a${i}`, ...s }));
          const query = columnsQuery(columnsFromAnnotations(annotations));
          const got = query(qs, qs + ql + 1)
            .map((a) => a.id)
            .sort();
          const want = annotations
            .filter((a) => a.start < qs + ql + 1 && a.end > qs)
            .map((a) => a.id)
            .sort();
          expect(got).toEqual(want);
        },
      ),
    );
  });

  it('keeps ids, offsets and codes of each row, in start order', () => {
    const columns = columnsFromAnnotations([
      { id: 'late', start: 50, end: 60, codeIds: ['x'] },
      { id: 'early', start: 5, end: 9, codeIds: ['y', 'x'] },
    ]);
    expect(columns.ids).toEqual(['early', 'late']);
    expect([...columns.starts]).toEqual([5, 50]);
    expect(columns.codeIds).toEqual(['y', 'x']);
    expect(columnsQuery(columns)(0, 100)).toEqual([
      { id: 'early', start: 5, end: 9, codeIds: ['y', 'x'] },
      { id: 'late', start: 50, end: 60, codeIds: ['x'] },
    ]);
    expect(overlappingRows(columns, 9, 50)).toEqual([]);
  });
});
