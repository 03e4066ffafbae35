import { buildChangeSet } from '../../../../core/changes/build-change-set';
import type { ChangeSet, EditContext } from '../../../../core/changes/change-set';
import { newAnnotation } from '../../../../core/coding/edits';
import type { Id, Timestamp } from '../../../../core/model/types';
import type { Orphan } from '../../storage/orphan-store';

/** Where an orphan stands, as the orphans list groups them. */
export type OrphanState = 'to-place' | 'doubtful' | 'settled' | 'discarded';

/**
 * An orphan's state. `isLive` says whether an annotation is live on the document now: a
 * placement that was undone (its annotation gone again) puts the orphan back to place.
 */
export function orphanState(o: Orphan, isLive: (annotationId: Id) => boolean): OrphanState {
  if (o.discardedAt) return 'discarded';
  if (!o.placedAs || !isLive(o.placedAs)) return 'to-place';
  if (o.confidence !== undefined && !o.settledAt) return 'doubtful';
  return 'settled';
}

/**
 * Places an orphan by hand on a span of its document: a new annotation with the orphan's codes
 * and memo, as one user change set ("place orphan …", undoable), and the orphan as it is then
 * (pointing at the annotation, so undoing the placement lists it again).
 */
export function placeOrphan(args: {
  orphan: Orphan;
  text: string;
  span: { start: number; end: number };
  ctx: EditContext;
  newId: Id;
}): { set: ChangeSet; orphan: Orphan } {
  const { orphan, span, ctx } = args;
  const created = {
    ...newAnnotation(
      {
        id: args.newId,
        projectId: orphan.projectId,
        documentId: orphan.documentId,
        text: args.text,
        ...span,
        codeIds: [...orphan.annotation.codeIds],
      },
      ctx,
    ),
    memo: orphan.annotation.memo,
  };
  const label = `place orphan “${orphan.annotation.quote.slice(0, 30)}”`;
  const set = buildChangeSet({ projectId: orphan.projectId, source: 'user', label }, ctx, [
    { kind: 'annotation', before: null, after: created },
  ]);
  const { confidence: _doubt, settledAt: _settled, ...rest } = orphan;
  return { set, orphan: { ...rest, placedAs: created.id } };
}

/** The orphan discarded (kept, restorable), or restored when `at` is null. */
export function discarded(orphan: Orphan, at: Timestamp | null): Orphan {
  const { discardedAt: _gone, ...rest } = orphan;
  return at ? { ...rest, discardedAt: at } : rest;
}
