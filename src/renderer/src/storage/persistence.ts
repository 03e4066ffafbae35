/** The part of `navigator` this module needs, so tests can pass a stand-in. */
export interface StorageManagerHost {
  storage?: Pick<StorageManager, 'persist' | 'persisted'>;
}

/**
 * Asks the browser to keep this origin's storage when disk runs low (otherwise IndexedDB is
 * "best effort" and may be evicted, losing a coder's work). Returns whether storage is
 * persistent; false where the API is missing or refuses. Electron grants it without a prompt.
 */
export async function requestPersistentStorage(
  host: StorageManagerHost | undefined = globalThis.navigator,
): Promise<boolean> {
  const storage = host?.storage;
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
