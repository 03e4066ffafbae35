import { created, touched } from '../codebook/stamp';
import type { Annotation, Code, Id, Stamped, Timestamp } from '../model/types';
import { quoteContext } from '../anchoring/quote-context';
import type { RecordPatch } from '../undo/record-patch';

/** Who is editing and when: every edit stamps the records it touches. */
export interface EditContext {
  coderId: Id;
  now: Timestamp;
}

/** A record with its bookkeeping moved forward to this edit. */
export function touch<T extends Stamped>(record: T, ctx: EditContext, changes: Partial<T>): T {
  return touched(record, changes, ctx.coderId, ctx.now);
}

/** The patch for a changed annotation (or code): one whole-record change. */
export function annotationChange(before: Annotation | null, after: Annotation | null): RecordPatch {
  return [{ table: 'annotations', before, after }];
}

/** The patch for changed codes. */
export function codeChanges(pairs: [Code | null, Code | null][]): RecordPatch {
  return pairs.map(([before, after]) => ({ table: 'codes', before, after }));
}

/** Adds a code to an annotation (no-op patch when it is already there). */
export function addCode(annotation: Annotation, codeId: Id, ctx: EditContext): RecordPatch {
  if (annotation.codeIds.includes(codeId)) return [];
  return annotationChange(
    annotation,
    touch(annotation, ctx, { codeIds: [...annotation.codeIds, codeId] }),
  );
}

/**
 * Removes a code from an annotation, keeping its memo. When the last code goes the annotation
 * goes to the trash (a tombstone), from which it can be restored with its memo intact.
 */
export function removeCode(annotation: Annotation, codeId: Id, ctx: EditContext): RecordPatch {
  if (!annotation.codeIds.includes(codeId)) return [];
  const codeIds = annotation.codeIds.filter((id) => id !== codeId);
  return annotationChange(
    annotation,
    touch(
      annotation,
      ctx,
      codeIds.length === 0 ? { codeIds: annotation.codeIds, deleted: true } : { codeIds },
    ),
  );
}

/** Tombstones an annotation (it appears in the trash). */
export function deleteAnnotation(annotation: Annotation, ctx: EditContext): RecordPatch {
  return annotationChange(annotation, touch(annotation, ctx, { deleted: true }));
}

/** Brings an annotation back from the trash. */
export function restoreAnnotation(annotation: Annotation, ctx: EditContext): RecordPatch {
  return annotationChange(annotation, touch(annotation, ctx, { deleted: false }));
}

/** Sets an annotation's memo. */
export function setAnnotationMemo(
  annotation: Annotation,
  memo: string,
  ctx: EditContext,
): RecordPatch {
  if (annotation.memo === memo) return [];
  return annotationChange(annotation, touch(annotation, ctx, { memo }));
}

/** Makes a new annotation over [start, end) of a document's text with its quote and context. */
export function newAnnotation(
  fields: {
    id: Id;
    projectId: Id;
    documentId: Id;
    text: string;
    start: number;
    end: number;
    codeIds: Id[];
  },
  ctx: EditContext,
): Annotation {
  const { quote, prefix, suffix } = quoteContext(fields.text, fields.start, fields.end);
  return {
    id: fields.id,
    projectId: fields.projectId,
    documentId: fields.documentId,
    start: fields.start,
    end: fields.end,
    quote,
    prefix,
    suffix,
    codeIds: fields.codeIds,
    memo: '',
    ...created(ctx.coderId, ctx.now),
  };
}

/** Moves an annotation's ends (keyboard or drag resize), refreshing its quote and context. */
export function resizeAnnotation(
  annotation: Annotation,
  text: string,
  start: number,
  end: number,
  ctx: EditContext,
): RecordPatch {
  if (start === annotation.start && end === annotation.end) return [];
  if (!(start >= 0 && end <= text.length && start < end))
    throw new RangeError(`Invalid span ${start}-${end}`);
  const { quote, prefix, suffix } = quoteContext(text, start, end);
  return annotationChange(
    annotation,
    touch(annotation, ctx, { start, end, quote, prefix, suffix }),
  );
}
