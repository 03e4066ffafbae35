import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnsFromAnnotations,
  columnsQuery,
  overlappingRows,
  patchColumns,
  patchColumnsInSteps,
  type ColumnAnnotation,
} from './annotation-columns';

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
          const annotations: ColumnAnnotation[] = spans.map((s, i) => ({ id: `a${i}`, ...s }));
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

  it('patching equals building afresh from the edited annotations', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 200 }),
        fc.array(span, { maxLength: 20 }),
        fc.array(fc.nat(250), { maxLength: 30 }),
        (spans, more, drop) => {
          const before: ColumnAnnotation[] = spans.map((s, i) => ({ id: `a${i}`, ...s }));
          // Some added rows replace existing ids (an edit), the rest are new.
          const added: ColumnAnnotation[] = more.map((s, i) => ({
            id: i % 2 === 0 && before.length > 0 ? `a${(i * 7) % before.length}` : `n${i}`,
            ...s,
          }));
          const removed = new Set([...drop.map((d) => `a${d}`), ...added.map((a) => a.id)]);
          const after = [...before.filter((a) => !removed.has(a.id)), ...added];
          const patched = patchColumns(columnsFromAnnotations(before), removed, added);
          const rebuilt = columnsFromAnnotations(after);
          const rows = (c: typeof patched) =>
            columnsQuery(c)(0, 1e9)
              .map((a) => `${a.start}:${a.end}:${a.id}:${a.codeIds.join(',')}`)
              .sort();
          expect(rows(patched)).toEqual(rows(rebuilt));
          expect([...patched.starts]).toEqual([...rebuilt.starts]);
          expect(patched.longRows.length).toBe(rebuilt.longRows.length);
        },
      ),
    );
  });

  it('patching in steps gives the same snapshot, pausing after every step of rows', async () => {
    const before: ColumnAnnotation[] = Array.from({ length: 10 }, (_, i) => ({
      id: `a${i}`,
      start: i * 3,
      end: i * 3 + (i % 4) + 1,
      codeIds: [`c${i % 3}`],
    }));
    const added = [{ id: 'a4', start: 1, end: 30, codeIds: ['c9'] }];
    const removed = new Set(['a2', 'a4']);
    let pauses = 0;
    const stepped = await patchColumnsInSteps(
      columnsFromAnnotations(before),
      removed,
      added,
      async () => {
        pauses++;
      },
      4,
    );
    expect(stepped).toEqual(patchColumns(columnsFromAnnotations(before), removed, added));
    // Two passes: 10 rows (2 pauses) counting, then 11 places (rows and the end; 2 pauses).
    expect(pauses).toBe(4);
  });
});
