import type { Annotation, Id } from '../model/types';
import type { RecordPatch } from '../undo/record-patch';

/** Live annotation counts per document and per code, as the corpus and codebook panels show them. */
export interface AnnotationCounts {
  byDocument: Record<Id, number>;
  byCode: Record<Id, number>;
}

/**
 * The counts after a patch, computed from the records it changed instead of re-reading every
 * annotation of the project (which takes seconds at 100,000 annotations). Returns null when the
 * patch touches documents or projects, whose trash state changes what counts: recount then.
 */
export function applyCountDelta(
  counts: AnnotationCounts,
  patch: RecordPatch,
): AnnotationCounts | null {
  if (patch.some((c) => c.table === 'documents' || c.table === 'projects')) return null;
  const byDocument = { ...counts.byDocument };
  const byCode = { ...counts.byCode };
  const add = (annotation: Annotation | null, sign: 1 | -1) => {
    if (!annotation || annotation.deleted) return;
    byDocument[annotation.documentId] = (byDocument[annotation.documentId] ?? 0) + sign;
    for (const codeId of new Set(annotation.codeIds)) byCode[codeId] = (byCode[codeId] ?? 0) + sign;
  };
  for (const change of patch) {
    if (change.table !== 'annotations') continue;
    add(change.before as Annotation | null, -1);
    add(change.after as Annotation | null, 1);
  }
  return { byDocument, byCode };
}
