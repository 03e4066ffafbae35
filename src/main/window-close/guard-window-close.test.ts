import { describe, expect, it } from 'vitest';
import type { FlushOutcome } from './flush-requests';
import { guardWindowClose, type GuardedWindow } from './guard-window-close';

/** A window that emits `close` like Electron's: closing happens unless a listener prevents it. */
function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const state = { closed: false, closeCalls: 0 };
  const window: GuardedWindow = {
    on: (_event, listener) => listeners.push(listener),
    isDestroyed: () => state.closed,
    close() {
      state.closeCalls++;
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      if (!prevented) state.closed = true;
    },
  };
  return { window, state };
}

function deferred() {
  let resolve: (outcome: FlushOutcome) => void = () => undefined;
  const promise = new Promise<FlushOutcome>((r) => (resolve = r));
  return { promise, resolve };
}

describe('guardWindowClose', () => {
  it('holds the close until the renderer has flushed, then closes once', async () => {
    const { window, state } = fakeWindow();
    const flush = deferred();
    let flushes = 0;
    const after: FlushOutcome[] = [];
    guardWindowClose(
      window,
      () => {
        flushes++;
        return flush.promise;
      },
      (outcome) => after.push(outcome),
    );
    window.close();
    window.close(); // a second click while flushing starts no second flush
    expect(state.closed).toBe(false);
    expect(flushes).toBe(1);
    flush.resolve('flushed');
    await flush.promise;
    await new Promise((r) => setTimeout(r, 0));
    expect(state.closed).toBe(true);
    expect(after).toEqual(['flushed']);
  });

  it('closes after a failed or timed-out flush too', async () => {
    const { window, state } = fakeWindow();
    const after: FlushOutcome[] = [];
    guardWindowClose(
      window,
      () => Promise.reject(new Error('gone')),
      (o) => after.push(o),
    );
    window.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(state.closed).toBe(true);
    expect(after).toEqual(['timed-out']);
  });
});
