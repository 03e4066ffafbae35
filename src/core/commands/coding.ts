import { buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, EditContext } from '../changes/change-set';
import { newAnnotation, resized, touch, withCode, withoutCode } from '../coding/edits';
import type { Annotation, Id } from '../model/types';

/** A span of a document's canonical text, end-exclusive. */
export interface SpanInput {
  start: number;
  end: number;
}

/** One annotation edit as a change set of the user's, named `label`. */
function annotationEdit(
  label: string,
  before: Annotation,
  after: Annotation | null,
  ctx: EditContext,
): ChangeSet {
  return buildChangeSet(
    { projectId: before.projectId, source: 'user', label },
    ctx,
    after ? [{ kind: 'annotation', before, after }] : [],
  );
}

/**
 * Applies a code to a span: when a live annotation (among `overlapping`) covers exactly the span
 * the code is added to it (several codes on one segment), otherwise a new annotation `newId` is
 * made. Returns the change set and the annotation that carries the code.
 */
export function applyCode(
  args: {
    overlapping: readonly Annotation[];
    document: { id: Id; projectId: Id };
    text: string;
    span: SpanInput;
    codeId: Id;
    codeName: string;
    newId: Id;
  },
  ctx: EditContext,
): { set: ChangeSet; annotationId: Id } {
  const { span, codeId } = args;
  const label = `apply code ${args.codeName}`;
  const same = args.overlapping.find(
    (a) => !a.deleted && a.start === span.start && a.end === span.end,
  );
  if (same) {
    return {
      set: annotationEdit(label, same, withCode(same, codeId, ctx), ctx),
      annotationId: same.id,
    };
  }
  const created = newAnnotation(
    {
      id: args.newId,
      projectId: args.document.projectId,
      documentId: args.document.id,
      text: args.text,
      ...span,
      codeIds: [codeId],
    },
    ctx,
  );
  const set = buildChangeSet({ projectId: created.projectId, source: 'user', label }, ctx, [
    { kind: 'annotation', before: null, after: created },
  ]);
  return { set, annotationId: created.id };
}

/** Adds a code to an annotation (an empty change set when it already has it). */
export function addCode(annotation: Annotation, codeId: Id, codeName: string, ctx: EditContext) {
  return annotationEdit(`add code ${codeName}`, annotation, withCode(annotation, codeId, ctx), ctx);
}

/** Removes a code from an annotation; the last code sends the annotation to the trash. */
export function removeCode(annotation: Annotation, codeId: Id, codeName: string, ctx: EditContext) {
  return annotationEdit(
    `remove code ${codeName}`,
    annotation,
    withoutCode(annotation, codeId, ctx),
    ctx,
  );
}

/** Sets an annotation's memo. */
export function setAnnotationMemo(annotation: Annotation, memo: string, ctx: EditContext) {
  const after = annotation.memo === memo ? null : touch(annotation, ctx, { memo });
  return annotationEdit('edit annotation memo', annotation, after, ctx);
}

/** Moves an annotation's ends within its document's text. */
export function resizeAnnotation(
  annotation: Annotation,
  text: string,
  span: SpanInput,
  ctx: EditContext,
) {
  return annotationEdit(
    'resize annotation',
    annotation,
    resized(annotation, text, span.start, span.end, ctx),
    ctx,
  );
}

/** Moves an annotation to the trash (a tombstone). */
export function deleteAnnotation(annotation: Annotation, ctx: EditContext) {
  const after = annotation.deleted ? null : touch(annotation, ctx, { deleted: true });
  return annotationEdit('delete annotation', annotation, after, ctx);
}
