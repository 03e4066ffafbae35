import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/types';
import type { RecordChange } from '../changes/change-set';
import { applyCountDelta, type AnnotationCounts } from './annotation-counts';

const stamp = { createdBy: 'c', createdAt: 't', updatedBy: 'c', updatedAt: 't' };
const annotation = (
  id: string,
  documentId: string,
  codeIds: string[],
  deleted = false,
): Annotation => ({
  id,
  projectId: 'p',
  documentId,
  start: 0,
  end: 1,
  quote: 'x',
  prefix: '',
  suffix: '',
  codeIds,
  memo: '',
  deleted,
  ...stamp,
});

/** Counts from scratch, the way storage computes them. */
function recount(list: Iterable<Annotation>): AnnotationCounts {
  const byDocument: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  for (const a of list) {
    if (a.deleted) continue;
    byDocument[a.documentId] = (byDocument[a.documentId] ?? 0) + 1;
    for (const c of new Set(a.codeIds)) byCode[c] = (byCode[c] ?? 0) + 1;
  }
  return { byDocument, byCode };
}

/** Drops zero entries so two count maps compare by what they show. */
const shown = (counts: AnnotationCounts) => ({
  byDocument: Object.fromEntries(Object.entries(counts.byDocument).filter(([, n]) => n !== 0)),
  byCode: Object.fromEntries(Object.entries(counts.byCode).filter(([, n]) => n !== 0)),
});

describe('applyCountDelta', () => {
  it('asks for a recount when documents change', () => {
    const changes: RecordChange[] = [{ kind: 'document', before: null, after: null }];
    expect(applyCountDelta({ byDocument: {}, byCode: {} }, changes)).toBeNull();
  });

  it('matches a full recount after any sequence of annotation edits', () => {
    const edit = fc.record({
      id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
      documentId: fc.constantFrom('d1', 'd2'),
      codeIds: fc.subarray(['k1', 'k2', 'k3']),
      deleted: fc.boolean(),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const store = new Map<string, Annotation>();
        let counts: AnnotationCounts = { byDocument: {}, byCode: {} };
        for (const e of edits) {
          const before = store.get(e.id) ?? null;
          const after = e.remove ? null : annotation(e.id, e.documentId, e.codeIds, e.deleted);
          if (after) store.set(e.id, after);
          else store.delete(e.id);
          const next = applyCountDelta(counts, [{ kind: 'annotation', before, after }]);
          expect(next).not.toBeNull();
          counts = next as AnnotationCounts;
        }
        expect(shown(counts)).toEqual(shown(recount(store.values())));
      }),
    );
  });
});
