import type { CarriedAnnotation, Placement } from '../../../../core/anchoring/reanchor';
import { buildChangeSet } from '../../../../core/changes/build-change-set';
import type { ChangeSet, EditContext } from '../../../../core/changes/change-set';
import { newAnnotation } from '../../../../core/coding/edits';
import type { Annotation, Id } from '../../../../core/model/types';

/** What the user decided about one proposed placement. */
export type Decision = 'accepted' | 'rejected' | null;

/** One annotation of the source document and where it would go on the target. */
export interface Proposal {
  annotation: Annotation;
  placement: Placement;
  /** The proposed span on the target: the placement, an orphan's best guess, or the user's. */
  span: { start: number; end: number } | null;
  /** 1 for exact, the fuzzy confidence, an orphan's best guess's, 0 with no guess. */
  confidence: number;
  decision: Decision;
  /** Placed by hand (select on the target, press Enter). */
  byHand: boolean;
}

/** The proposals of a carry, from re-anchoring's outcome, in source order. */
export function proposalsOf(carried: readonly CarriedAnnotation[]): Proposal[] {
  return carried
    .map(({ annotation, placement }): Proposal => {
      const guess = placement.status === 'orphan' ? placement.best : placement;
      return {
        annotation,
        placement,
        span: guess ? { start: guess.start, end: guess.end } : null,
        confidence:
          placement.status === 'exact'
            ? 1
            : placement.status === 'fuzzy'
              ? placement.confidence
              : (placement.best?.confidence ?? 0),
        decision: null,
        byHand: false,
      };
    })
    .sort((a, b) => a.annotation.start - b.annotation.start || a.annotation.end - b.annotation.end);
}

/** Whether re-anchoring was sure enough to apply it (exact, or fuzzy above the threshold). */
export const isConfident = (p: Proposal) => p.placement.status !== 'orphan';

/** "Accept all confident": every undecided exact and fuzzy proposal becomes accepted. */
export function acceptAllConfident(proposals: readonly Proposal[]): Proposal[] {
  return proposals.map((p) =>
    p.decision === null && isConfident(p) ? { ...p, decision: 'accepted' } : p,
  );
}

/** Accepts or rejects one proposal (accepting needs a span to go to). */
export function decide(proposals: readonly Proposal[], index: number, decision: Decision) {
  return proposals.map((p, i) =>
    i === index && (decision !== 'accepted' || p.span) ? { ...p, decision } : p,
  );
}

/** Places one proposal by hand on a span of the target, and accepts it. */
export function placeByHand(
  proposals: readonly Proposal[],
  index: number,
  span: { start: number; end: number },
): Proposal[] {
  return proposals.map((p, i) =>
    i === index ? { ...p, span, decision: 'accepted', byHand: true, confidence: 1 } : p,
  );
}

/** The next (step 1) or previous (step -1) proposal still to review from `from`, or `from`. */
export function nextToReview(proposals: readonly Proposal[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < proposals.length; i += step)
    if (proposals[i]!.decision === null) return i;
  return from;
}

/**
 * The one change set that carries the accepted proposals to the target document: a new
 * annotation each (fresh id, the source's codes and memo, quote and context from the target),
 * source `user`, named "carry N annotations from SOURCE", so one Undo takes them all back.
 */
export function carryChangeSet(args: {
  proposals: readonly Proposal[];
  target: { id: Id; projectId: Id };
  targetText: string;
  sourceName: string;
  ctx: EditContext;
  newId(): Id;
}): ChangeSet {
  const accepted = args.proposals.filter((p) => p.decision === 'accepted' && p.span);
  const n = accepted.length;
  const label = `carry ${n} annotation${n === 1 ? '' : 's'} from ${args.sourceName}`;
  return buildChangeSet(
    { projectId: args.target.projectId, source: 'user', label },
    args.ctx,
    accepted.map((p) => ({
      kind: 'annotation' as const,
      before: null,
      after: {
        ...newAnnotation(
          {
            id: args.newId(),
            projectId: args.target.projectId,
            documentId: args.target.id,
            text: args.targetText,
            start: p.span!.start,
            end: p.span!.end,
            codeIds: [...p.annotation.codeIds],
          },
          args.ctx,
        ),
        memo: p.annotation.memo,
      },
    })),
  );
}
