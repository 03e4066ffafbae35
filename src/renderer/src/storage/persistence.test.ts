import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from './persistence';

describe('requestPersistentStorage', () => {
  it('asks for persistence and reports the answer', async () => {
    let asked = 0;
    const host = (granted: boolean) => ({
      storage: { persisted: async () => false, persist: async () => (asked++, granted) },
    });
    expect(await requestPersistentStorage(host(true))).toBe(true);
    expect(await requestPersistentStorage(host(false))).toBe(false);
    expect(asked).toBe(2);
  });

  it('does not ask again when storage is already persistent', async () => {
    let asked = false;
    const host = { storage: { persisted: async () => true, persist: async () => (asked = true) } };
    expect(await requestPersistentStorage(host)).toBe(true);
    expect(asked).toBe(false);
  });

  it('answers false where the API is missing or fails', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
    const failing = {
      storage: { persisted: async () => false, persist: () => Promise.reject(new Error('denied')) },
    };
    expect(await requestPersistentStorage(failing)).toBe(false);
  });
});
