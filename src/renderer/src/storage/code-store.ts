import type { Code, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/** The codebook: codes are few, so they are listed whole, tombstones included. */
export interface CodeStore {
  /** Every code of the project, deleted ones included (check `deleted`). */
  listCodes(projectId: Id): Promise<Code[]>;
}

/** The codebook part of the storage API, over `db`. */
export function createCodeStore(db: MarginaliaDb): CodeStore {
  return {
    listCodes: (projectId) => db.projectCodes.where('projectId').equals(projectId).toArray(),
  };
}
