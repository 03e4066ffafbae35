import { describe, expect, it } from 'vitest';
import { createPendingSaves, flushOnPageExit } from './pending-saves';

/** A minimal event target standing in for `window` and `document`. */
function fakeTarget() {
  const listeners = new Map<string, Set<() => void>>();
  return {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener(type: string, listener: () => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    removeEventListener(type: string, listener: () => void) {
      listeners.get(type)?.delete(listener);
    },
    fire(type: string) {
      for (const listener of listeners.get(type) ?? []) listener();
    },
  };
}

describe('pending saves', () => {
  it('flushes every registered field, even when one fails, and forgets unregistered ones', async () => {
    const pending = createPendingSaves();
    const flushed: string[] = [];
    pending.register(() => Promise.reject(new Error('quota')));
    pending.register(async () => void flushed.push('a'));
    const off = pending.register(async () => void flushed.push('b'));
    off();
    await expect(pending.flushAll()).resolves.toBeUndefined();
    expect(flushed).toEqual(['a']);
  });

  it('flushes on pagehide, beforeunload and when the page is hidden, synchronously', () => {
    const pending = createPendingSaves();
    let calls = 0;
    pending.register(() => {
      calls++;
      return Promise.resolve();
    });
    const win = fakeTarget();
    const doc = fakeTarget();
    // The DOM types are wider than the fake; only the members used here matter.
    const stop = flushOnPageExit(pending, { window: win as never, document: doc as never });
    win.fire('pagehide');
    win.fire('beforeunload');
    doc.fire('visibilitychange');
    expect(calls).toBe(2);
    doc.visibilityState = 'hidden';
    doc.fire('visibilitychange');
    expect(calls).toBe(3);
    stop();
    win.fire('pagehide');
    expect(calls).toBe(3);
  });
});
