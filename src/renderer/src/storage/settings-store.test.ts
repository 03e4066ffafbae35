import { describe, expect, it } from 'vitest';
import { coder, freshStorage, T0 } from './test-fixtures';

describe('settings store', () => {
  it('has no coder on first start, then remembers the one set', async () => {
    const storage = freshStorage();
    expect(await storage.getCoder()).toBeUndefined();
    await storage.setCoder(coder);
    expect(await storage.getCoder()).toEqual(coder);
    const other = { id: 'coder-2', name: 'Grace', createdAt: T0 };
    await storage.setCoder(other);
    expect(await storage.getCoder()).toEqual(other);
    expect((await storage.listCoders()).map((c) => c.id).sort()).toEqual(['coder-1', 'coder-2']);
  });

  it('stores, overwrites and removes settings by key', async () => {
    const storage = freshStorage();
    expect(await storage.getSetting('sampleLoaded')).toBeUndefined();
    await storage.setSetting('sampleLoaded', true);
    await storage.setSetting('currentProjectId', 'p-1');
    await storage.setSetting('currentProjectId', 'p-2');
    expect(await storage.getSetting('sampleLoaded')).toBe(true);
    expect(await storage.getSetting('currentProjectId')).toBe('p-2');
    await storage.removeSetting('sampleLoaded');
    expect(await storage.getSetting('sampleLoaded')).toBeUndefined();
  });
});
