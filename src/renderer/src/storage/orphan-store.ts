import type { Candidate, OrphanReason } from '../../../core/anchoring/reanchor';
import type { Annotation, Id, Timestamp } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/**
 * An annotation that re-anchoring could not place on a document's new text, or placed with a
 * doubt the user should see (a fuzzy placement, with its confidence). Kept per project and
 * document until the user settles it, so nothing re-anchoring touches is ever dropped unseen.
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

/** The orphans table (schema version 5): orphans per project and document. */
export interface OrphanStore {
  /** Keeps orphans (new ones, or new versions of kept ones) in one transaction. */
  keepOrphans(orphans: readonly Orphan[]): Promise<void>;
  /** A document's orphans, every state included, oldest first. */
  listOrphans(projectId: Id, documentId: Id): Promise<Orphan[]>;
  /** How many orphans of each document of a project still wait for the user. */
  countWaiting(projectId: Id): Promise<Map<Id, number>>;
}

/** The orphans table name, declared by migration v5. */
export const ORPHANS_TABLE = 'orphans';

/** The orphan store over `db`. */
export function createOrphanStore(db: MarginaliaDb): OrphanStore {
  const table = () => db.table<Orphan, [Id, Id]>(ORPHANS_TABLE);
  return {
    keepOrphans: async (orphans) => {
      if (orphans.length > 0) await table().bulkPut([...orphans]);
    },
    listOrphans: async (projectId, documentId) => {
      const rows = await table()
        .where('[projectId+documentId]')
        .equals([projectId, documentId])
        .toArray();
      return rows.sort(
        (a, b) => a.keptAt.localeCompare(b.keptAt) || a.annotation.start - b.annotation.start,
      );
    },
    countWaiting: async (projectId) => {
      const counts = new Map<Id, number>();
      await table()
        .where('projectId')
        .equals(projectId)
        .each((o) => {
          if (o.discardedAt || o.settledAt || o.placedAs) return;
          counts.set(o.documentId, (counts.get(o.documentId) ?? 0) + 1);
        });
      return counts;
    },
  };
}
