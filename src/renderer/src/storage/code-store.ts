import type { Code, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/** The codebook: codes are few, so they are listed whole, tombstones included. */
export interface CodeStore {
  /** Every code of the project, deleted ones included (check `deleted`), in creation order. */
  listCodes(projectId: Id): Promise<Code[]>;
  /** Writes codes (new or changed) in one transaction. */
  putCodes(codes: readonly Code[]): Promise<void>;
  /**
   * Which of these ids some code in this profile (any project) already has: ids are primary
   * keys, so an imported codebook must not reuse them.
   */
  codeIdsInUse(ids: readonly Id[]): Promise<Set<Id>>;
}

/** The codebook part of the storage API, over `db`. */
export function createCodeStore(db: MarginaliaDb): CodeStore {
  return {
    listCodes: (projectId) => db.codes.where('projectId').equals(projectId).toArray(),
    putCodes: (codes) =>
      db.transaction('rw', db.codes, async () => {
        await db.codes.bulkPut([...codes]);
      }),
    codeIdsInUse: async (ids) =>
      new Set((await db.codes.bulkGet([...ids])).flatMap((c) => (c ? [c.id] : []))),
  };
}
