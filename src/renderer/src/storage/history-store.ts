import type { Id } from '../../../core/model/types';
import type { HistoryData } from '../../../core/undo/change-history';
import type { MarginaliaDb } from './database';

/** Each project's undo history, persisted so undo and redo (with their names) survive a reload. */
export interface HistoryStore {
  loadHistory(projectId: Id): Promise<HistoryData | undefined>;
  saveHistory(projectId: Id, data: HistoryData): Promise<void>;
}

/** The history part of the storage API, over `db`. */
export function createHistoryStore(db: MarginaliaDb): HistoryStore {
  return {
    loadHistory: async (projectId) => (await db.history.get(projectId))?.data,
    saveHistory: async (projectId, data) => {
      await db.history.put({ projectId, data });
    },
  };
}
