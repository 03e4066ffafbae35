import { created, touched } from '../model/stamp';
import type { EditContext } from '../changes/change-set';
import type { Annotation, Id, Stamped } from '../model/types';
import { quoteContext } from '../anchoring/quote-context';

export type { EditContext };

/** A record with its bookkeeping moved forward to this edit. */
export function touch<T extends Stamped>(record: T, ctx: EditContext, changes: Partial<T>): T {
  return touched(record, changes, ctx.coderId, ctx.now);
}

/** The annotation with a code added, or null when it already has it. */
export function withCode(annotation: Annotation, codeId: Id, ctx: EditContext): Annotation | null {
  if (annotation.codeIds.includes(codeId)) return null;
  return touch(annotation, ctx, { codeIds: [...annotation.codeIds, codeId] });
}

/**
 * The annotation with a code removed, keeping its memo, or null when it lacks the code. When
 * the last code goes the annotation goes to the trash (a tombstone) with its codes and memo
 * intact, so restoring it brings everything back.
 */
export function withoutCode(
  annotation: Annotation,
  codeId: Id,
  ctx: EditContext,
): Annotation | null {
  if (!annotation.codeIds.includes(codeId)) return null;
  const codeIds = annotation.codeIds.filter((id) => id !== codeId);
  return touch(
    annotation,
    ctx,
    codeIds.length === 0 ? { codeIds: annotation.codeIds, deleted: true } : { codeIds },
  );
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

/**
 * The annotation with its ends moved (keyboard or drag resize) and its quote and context
 * refreshed, or null when the span is unchanged. Throws on a span outside the text.
 */
export function resized(
  annotation: Annotation,
  text: string,
  start: number,
  end: number,
  ctx: EditContext,
): Annotation | null {
  if (start === annotation.start && end === annotation.end) return null;
  if (!(start >= 0 && end <= text.length && start < end))
    throw new RangeError(`Invalid span ${start}-${end}`);
  const { quote, prefix, suffix } = quoteContext(text, start, end);
  return touch(annotation, ctx, { start, end, quote, prefix, suffix });
}
