import { describe, expect, it } from 'vitest';
import { columnsFromAnnotations } from '../../../core/index/annotation-columns';
import { columnsFromRow, columnsToRow } from './annotation-columns-row';

const annotations = [
  { id: 'a\nb', start: 5, end: 9, codeIds: ['c1'] },
  { id: '', start: 0, end: 3, codeIds: [] },
  { id: '😀ünï', start: 2, end: 4, codeIds: ['c1', 'c2'] },
  { id: 'plain', start: 7, end: 8, codeIds: ['c2'] },
];

describe('stored annotation snapshot row', () => {
  it('packs the ids into one string and gives back the same snapshot, whatever the ids hold', () => {
    const columns = columnsFromAnnotations(annotations);
    const row = columnsToRow('p', 'd', columns);
    expect(row.ids).toBeUndefined();
    expect(typeof row.idText).toBe('string');
    expect(row.idEnds).toBeInstanceOf(Uint32Array);
    expect(columnsFromRow(row)).toEqual(columns);
  });

  it('reads a row written before the packing (an ids array)', () => {
    const columns = columnsFromAnnotations(annotations);
    const legacy = { projectId: 'p', documentId: 'd', ...columns };
    expect(columnsFromRow(legacy)).toEqual(columns);
  });

  it('gives an empty snapshot back empty', () => {
    const columns = columnsFromAnnotations([]);
    expect(columnsFromRow(columnsToRow('p', 'd', columns))).toEqual(columns);
  });
});
