import { carryPlaced, type CarriedAnnotation } from '../../../../core/anchoring/reanchor';
import type { Annotation, Id, Timestamp } from '../../../../core/model/types';
import type { Orphan } from '../../storage/orphan-store';
import type { ReanchorRunner, ReanchorRunOptions } from './reanchor-runner';

/** Annotations re-anchored on a new text, sorted by what the user must do about them. */
export interface ReanchoredAnnotations {
  /** Placed for certain: apply silently. `moved` is the record on the new text, not stamped. */
  exact: CarriedAnnotation[];
  /** Placed with a confidence below certainty: apply, and show the confidence (see `review`). */
  fuzzy: CarriedAnnotation[];
  /** Not placed: doubtful or not found. Keep them (`review`), never drop them. */
  orphans: CarriedAnnotation[];
  /**
   * The rows to keep in the orphan store: one per orphan (to place by hand or discard) and one
   * per fuzzy placement (its confidence shown until confirmed).
   */
  review: Orphan[];
}

/** What a re-anchoring run is about. */
export interface ReanchorRequest extends ReanchorRunOptions {
  /** The annotations, as made on `oldText`. */
  annotations: readonly Annotation[];
  /** The text they were made on, when known (a diff maps unchanged stretches first). */
  oldText: string | null;
  newText: string;
  /** The document the annotations go on. */
  documentId: Id;
  /** What is happening, in the user's words, shown beside each orphan. */
  origin: string;
  now: Timestamp;
}

/**
 * Re-anchors annotations on a new text through `runner` (a worker in the app) and sorts the
 * outcome. Every annotation comes back exactly once, as exact, fuzzy or orphan.
 */
export async function reanchorAnnotations(
  runner: ReanchorRunner,
  request: ReanchorRequest,
): Promise<ReanchoredAnnotations> {
  const { annotations, oldText, newText, documentId, signal, onProgress } = request;
  const placements = await runner.reanchor(oldText, newText, annotations, {
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const carried = carryPlaced(annotations, placements, newText, documentId);
  const out: ReanchoredAnnotations = { exact: [], fuzzy: [], orphans: [], review: [] };
  for (const c of carried) {
    out[c.placement.status === 'orphan' ? 'orphans' : c.placement.status].push(c);
    const row = reviewRow(c, request);
    if (row) out.review.push(row);
  }
  return out;
}

/** The orphan-store row of a carried annotation: orphans and fuzzy placements get one. */
function reviewRow(c: CarriedAnnotation, request: ReanchorRequest): Orphan | null {
  const { placement, annotation, moved } = c;
  const base = {
    projectId: annotation.projectId,
    id: moved?.id ?? annotation.id,
    documentId: request.documentId,
    annotation,
    origin: request.origin,
    keptAt: request.now,
  };
  if (placement.status === 'orphan')
    return {
      ...base,
      reason: placement.reason,
      ...(placement.best ? { best: placement.best } : {}),
    };
  if (placement.status === 'fuzzy')
    return { ...base, placedAs: moved?.id ?? annotation.id, confidence: placement.confidence };
  return null;
}
