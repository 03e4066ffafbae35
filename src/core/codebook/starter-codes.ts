import type { ChangeSet, EditContext } from '../changes/change-set';
import { withRevision } from '../model/revision';
import type { Code, Coder, Id } from '../model/types';

/** The name given to the author the shipped starter codebook names (a stable id in the file). */
export const STARTER_AUTHOR_NAME = 'Marginalia starter codebook';

/**
 * The shipped starter codebook added to a project exactly as shipped: same ids, same author and
 * dates, and the same first revision in every profile (computed from the record as the file
 * holds it, before its project id is set). So two people who both started from the sample corpus
 * hold the SAME version of every starter code: merging their files finds nothing to reconcile in
 * the codebook (instead of a conflict per code), and an edit of a starter code on one side
 * replaces the other side's copy without conflict. Source `system`: setting up the sample is not
 * an undo step. The authors the codes name are added as coders (so exports name them).
 */
export function starterCodesChangeSet(
  shipped: readonly Code[],
  projectId: Id,
  ctx: EditContext,
): ChangeSet {
  const changes = shipped.map((code) => {
    const { rev: _rev, revs: _revs, ...content } = code;
    const first = withRevision(null, content as Code);
    return { kind: 'code' as const, before: null, after: { ...first, projectId } };
  });
  const authors = new Map<Id, Coder>();
  for (const c of shipped) {
    for (const id of [c.createdBy, c.updatedBy]) {
      if (!authors.has(id))
        authors.set(id, { id, name: STARTER_AUTHOR_NAME, createdAt: c.createdAt });
    }
  }
  return {
    projectId,
    source: 'system',
    label: 'add the starter codebook',
    coderId: ctx.coderId,
    at: ctx.now,
    changes,
    purged: [],
    coders: [...authors.values()],
  };
}
