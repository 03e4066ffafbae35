import type { Transaction } from 'dexie';

/**
 * One version of the database schema: the Dexie store declarations at that version and the
 * upgrade that turns data written by the previous version into this one. Versions are kept
 * forever (never edited once released) so any old database can be opened.
 */
export interface SchemaVersion {
  version: number;
  /** Every table at this version, in Dexie's notation (primary key first, then indexes). */
  stores: Record<string, string | null>;
  /** Rewrites data written by the previous version; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
