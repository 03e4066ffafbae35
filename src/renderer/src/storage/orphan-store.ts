import type { Orphan } from '../../../core/anchoring/reanchor/orphan';
import type { Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

export type { Orphan } from '../../../core/anchoring/reanchor/orphan';

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
