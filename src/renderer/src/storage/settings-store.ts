import type { Coder, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/**
 * The settings the workbench keeps between sessions, by key. Known keys are typed; other keys
 * may hold any structured-cloneable value.
 */
export interface SettingValues {
  /** The coder using this profile (see `getCoder`). */
  currentCoderId: Id;
  /** The project open when the workbench was last closed. */
  currentProjectId: Id;
  /** Set once the sample corpus has been offered or loaded, so it is not loaded twice. */
  sampleLoaded: boolean;
  [key: string]: unknown;
}

/** The current coder and small key-value settings. */
export interface SettingsStore {
  /** The current coder, or undefined before one has been set (first start). */
  getCoder(): Promise<Coder | undefined>;
  /** Records the coder and makes them the current one. */
  setCoder(coder: Coder): Promise<void>;
  /** Every coder known to this profile (the current one and those met in imports). */
  listCoders(): Promise<Coder[]>;
  getSetting<K extends string>(key: K): Promise<SettingValues[K] | undefined>;
  setSetting<K extends string>(key: K, value: SettingValues[K]): Promise<void>;
  removeSetting(key: string): Promise<void>;
}

/** The settings part of the storage API, over `db`. */
export function createSettingsStore(db: MarginaliaDb): SettingsStore {
  return {
    getCoder: () =>
      db.transaction('r', db.settings, db.coders, async () => {
        const row = await db.settings.get('currentCoderId');
        return typeof row?.value === 'string' ? db.coders.get(row.value) : undefined;
      }),
    setCoder: (coder) =>
      db.transaction('rw', db.settings, db.coders, async () => {
        await db.coders.put(coder);
        await db.settings.put({ key: 'currentCoderId', value: coder.id });
      }),
    listCoders: () => db.coders.toArray(),
    getSetting: async <K extends string>(key: K) => {
      const row = await db.settings.get(key);
      return row?.value as SettingValues[K] | undefined;
    },
    setSetting: async (key, value) => {
      await db.settings.put({ key, value });
    },
    removeSetting: (key) => db.settings.delete(key),
  };
}
