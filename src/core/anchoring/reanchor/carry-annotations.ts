import type { Annotation, Id } from '../../model/types';
import { quoteContext } from '../quote-context';
import type { PlaceOptions } from './place-anchor';
import type { Placement } from './placement';
import { reanchorAll } from './reanchor';

/** One annotation carried to a new text: where it goes, and its record there if it goes anywhere. */
export interface CarriedAnnotation {
  annotation: Annotation;
  placement: Placement;
  /**
   * The annotation on the new text (document, offsets, quote and context updated) for exact and
   * fuzzy placements; absent for orphans. Not stamped: the command that applies it does that.
   */
  moved?: Annotation;
}

/**
 * Carries a document's annotations to another text (a corrected file, another layout, the next
 * version; or on purpose, through the compare view): each gets its placement, and exact and
 * fuzzy ones their new record, so the caller applies exact ones, shows fuzzy ones with their
 * confidence and lists orphans. Nothing is dropped: every annotation comes back once, in order.
 */
export function carryAnnotations(
  annotations: readonly Annotation[],
  oldText: string | null,
  newText: string,
  documentId: Id,
  options: Partial<PlaceOptions> = {},
): CarriedAnnotation[] {
  return carryPlaced(
    annotations,
    reanchorAll(oldText, newText, annotations, options),
    newText,
    documentId,
  );
}

/**
 * `carryAnnotations` from placements already computed (by a worker): pairs each annotation with
 * its placement and, for exact and fuzzy ones, its record on the new text.
 */
export function carryPlaced(
  annotations: readonly Annotation[],
  placements: readonly Placement[],
  newText: string,
  documentId: Id,
): CarriedAnnotation[] {
  if (placements.length !== annotations.length)
    throw new Error(`${placements.length} placements for ${annotations.length} annotations.`);
  return annotations.map((annotation, i) => {
    const placement = placements[i] as Placement;
    if (placement.status === 'orphan') return { annotation, placement };
    const { start, end } = placement;
    return {
      annotation,
      placement,
      moved: { ...annotation, documentId, start, end, ...quoteContext(newText, start, end) },
    };
  });
}
