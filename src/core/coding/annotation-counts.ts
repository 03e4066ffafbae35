import type { Annotation, Id } from '../model/types';
import type { RecordChange } from '../changes/change-set';

/** Live annotation counts per document and per code, as the corpus and codebook panels show them. */
export interface AnnotationCounts {
  byDocument: Record<Id, number>;
  byCode: Record<Id, number>;
}

/**
 * The counts after a change set's changes, computed from the records they changed instead of
 * re-reading every annotation of the project (which takes seconds at 100,000 annotations).
 * Returns null when documents or projects change, whose trash state changes what counts:
 * recount then.
 */
export function applyCountDelta(
  counts: AnnotationCounts,
  changes: readonly RecordChange[],
): AnnotationCounts | null {
  if (changes.some((c) => c.kind === 'document' || c.kind === 'project')) return null;
  const byDocument = { ...counts.byDocument };
  const byCode = { ...counts.byCode };
  const add = (annotation: Annotation | null, sign: 1 | -1) => {
    if (!annotation || annotation.deleted) return;
    byDocument[annotation.documentId] = (byDocument[annotation.documentId] ?? 0) + sign;
    // Each code once (a duplicate in codeIds counts once), without a Set per annotation.
    annotation.codeIds.forEach((codeId, i) => {
      if (annotation.codeIds.indexOf(codeId) === i) byCode[codeId] = (byCode[codeId] ?? 0) + sign;
    });
  };
  for (const change of changes) {
    if (change.kind !== 'annotation') continue;
    add(change.before, -1);
    add(change.after, 1);
  }
  return { byDocument, byCode };
}
