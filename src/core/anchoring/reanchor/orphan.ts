import type { Annotation, Id, Timestamp } from '../../model/types';
import type { Candidate, OrphanReason } from './placement';

/**
 * An annotation that re-anchoring could not place on a document's new text, or placed with a
 * doubt the user should see (a fuzzy placement, with its confidence). Kept per project and
 * document until the user settles it, so nothing re-anchoring touches is ever dropped unseen.
 * Workbench review state: kept in the profile (the orphans table), never exchanged; a change set
 * may keep or drop orphans in its transaction (`ChangeSet.orphansKept`), so a merge's undo takes
 * them back with it.
 *
 * States, derived from the fields: to place (no `placedAs`, or its annotation is gone again,
 * e.g. the placement was undone); placed with doubt (`placedAs` and `confidence`, not
 * `settledAt`); settled; discarded (`discardedAt`, restorable).
 */
export interface Orphan {
  projectId: Id;
  id: Id;
  /** The document the annotation belongs on. */
  documentId: Id;
  /** The annotation as it was on the text it was made on: codes, memo, quote and context. */
  annotation: Annotation;
  /** Why it was not placed (absent for a fuzzy placement). */
  reason?: OrphanReason;
  /** Re-anchoring's best guess, when it had one. */
  best?: Candidate;
  /** What brought it here, in the user's words ("carried from E-RES-2013-32.txt"). */
  origin: string;
  keptAt: Timestamp;
  /** The annotation that now carries it (placed by re-anchoring or by hand). */
  placedAs?: Id;
  /** A fuzzy placement's confidence (0-1), shown beside it until the user confirms it. */
  confidence?: number;
  /** When the user confirmed a doubtful placement. */
  settledAt?: Timestamp;
  /** When the user discarded it; restoring clears it. */
  discardedAt?: Timestamp;
}
