import type { AnnotationColumns } from '../../../core/index/annotation-columns';
import type { Id } from '../../../core/model/types';
import type { AnnotationColumnsRow } from './rows';

/**
 * A document's snapshot as stored: the ids packed into one string cut at `idEnds`. IndexedDB
 * clones a row on every write and read, and the snapshot is read and written back in the
 * transaction of every coding edit; one string of 100,000 ids clones as one copy, an array of
 * 100,000 strings as 100,000 objects.
 */
export function columnsToRow(
  projectId: Id,
  documentId: Id,
  columns: AnnotationColumns,
): AnnotationColumnsRow {
  const { ids, ...rest } = columns;
  const idEnds = new Uint32Array(ids.length);
  let length = 0;
  ids.forEach((id, i) => {
    length += id.length;
    idEnds[i] = length;
  });
  return { projectId, documentId, ...rest, idText: ids.join(''), idEnds };
}

/** The snapshot of a stored row, packed or (written before packing) with an `ids` array. */
export function columnsFromRow(row: AnnotationColumnsRow): AnnotationColumns {
  const { projectId: _p, documentId: _d, idText, idEnds, ids, ...rest } = row;
  if (ids) return { ...rest, ids };
  const text = idText ?? '';
  const ends = idEnds ?? new Uint32Array(0);
  const unpacked = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    unpacked[i] = text.slice(from, ends[i]);
    from = ends[i]!;
  }
  return { ...rest, ids: unpacked };
}
