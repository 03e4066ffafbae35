/** Rows for one object store, written by `add` (a staged import's rows are all new). */
export interface StoreRows {
  store: string;
  rows: readonly unknown[];
}

/** The settings row that marks an import as under way, and what to touch it with. */
export interface StagedMarker {
  key: string;
  value: unknown;
}

/** Thrown when a chunk finds its import's marker gone (discarded by another window or a start). */
export class StagedImportDiscardedError extends Error {
  constructor() {
    super('The import was discarded while it was being written.');
    this.name = 'StagedImportDiscardedError';
  }
}

/**
 * Writes one chunk of a staged import in one native IndexedDB transaction: checks the marker is
 * still there, `add`s every row, touches the marker. Native, not Dexie, so that cancelling can
 * abort the transaction under way, and because the rows are invisible until the import lands:
 * nothing needs Dexie's per-record change tracking. (At 100,000 annotations the time is the
 * browser's per-record cost either way; see docs/performance.md.) Aborting `signal` aborts the
 * transaction at once (nothing of the chunk stays) and rejects with the signal's reason.
 */
export function writeStagedChunk(
  idb: IDBDatabase,
  parts: readonly StoreRows[],
  marker: StagedMarker,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const tx = idb.transaction(
      [...new Set([...parts.map((p) => p.store), 'settings'])],
      'readwrite',
    );
    let failure: unknown = null;
    const fail = (error: unknown) => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting.
      }
    };
    const onAbort = () => fail(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (error: unknown) => {
      signal?.removeEventListener('abort', onAbort);
      if (error === null) resolve();
      else reject(error);
    };
    tx.oncomplete = () => settle(null);
    tx.onabort = () => settle(failure ?? tx.error ?? new Error('The import chunk was aborted.'));
    const settings = tx.objectStore('settings');
    const check = settings.get(marker.key);
    check.onsuccess = () => {
      if (check.result === undefined) fail(new StagedImportDiscardedError());
    };
    for (const { store, rows } of parts) {
      const target = tx.objectStore(store);
      for (const row of rows) target.add(row);
    }
    settings.put({ key: marker.key, value: marker.value });
  });
}
