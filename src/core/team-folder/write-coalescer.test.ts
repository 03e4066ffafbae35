import { describe, expect, it } from 'vitest';
import { createWriteCoalescer, type CoalescerTimers } from './write-coalescer';

/** A hand-driven clock: `advance` runs the timers that fall due, in order. */
function fakeTimers(): CoalescerTimers & { advance(ms: number): Promise<void> } {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    set(run, delayMs) {
      const id = next++;
      due.set(id, { at: now + delayMs, run });
      return id;
    },
    clear: (handle) => void due.delete(handle as number),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const [id, first] = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
        if (id === undefined || !first || first.at > end) break;
        due.delete(id);
        now = first.at;
        first.run();
        await Promise.resolve();
      }
      now = end;
      // Let finished writes settle.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

/** A write that stays running until the test releases it. */
function controlledWrite() {
  const releases: (() => void)[] = [];
  let running = 0;
  let maxRunning = 0;
  const write = () => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    return new Promise<void>((resolve) =>
      releases.push(() => {
        running--;
        resolve();
      }),
    );
  };
  return {
    write,
    calls: () => releases.length,
    release: async (i: number) => {
      releases[i]?.();
      for (let n = 0; n < 10; n++) await Promise.resolve();
    },
    maxRunning: () => maxRunning,
  };
}

const options = (timers: CoalescerTimers, errors: unknown[] = []) => ({
  delayMs: 1000,
  maxWaitMs: 5000,
  timers,
  onError: (e: unknown) => errors.push(e),
});

describe('write coalescer', () => {
  it('writes once after a burst of edits goes quiet', async () => {
    const timers = fakeTimers();
    const w = controlledWrite();
    const c = createWriteCoalescer(w.write, options(timers));
    c.request();
    await timers.advance(500);
    c.request();
    await timers.advance(900);
    expect(w.calls()).toBe(0);
    await timers.advance(200);
    expect(w.calls()).toBe(1);
  });

  it('writes at the latest after the longest wait while edits go on', async () => {
    const timers = fakeTimers();
    const w = controlledWrite();
    const c = createWriteCoalescer(w.write, options(timers));
    for (let t = 0; t < 5000; t += 500) {
      c.request();
      await timers.advance(500);
    }
    expect(w.calls()).toBe(1);
  });

  it('never starts a write while one is running; edits made meanwhile get one more write', async () => {
    const timers = fakeTimers();
    const w = controlledWrite();
    const c = createWriteCoalescer(w.write, options(timers));
    c.request();
    await timers.advance(1000);
    expect(w.calls()).toBe(1);
    c.request();
    c.request();
    await timers.advance(10_000);
    expect(w.calls()).toBe(1); // the first is still running
    await w.release(0);
    await timers.advance(1000);
    expect(w.calls()).toBe(2);
    expect(w.maxRunning()).toBe(1);
    await w.release(1);
    expect(c.busy()).toBe(false);
  });

  it('flush writes what is waiting at once and waits for it', async () => {
    const timers = fakeTimers();
    let writes = 0;
    const c = createWriteCoalescer(async () => void writes++, options(timers));
    await c.flush();
    expect(writes).toBe(0);
    c.request();
    await c.flush();
    expect(writes).toBe(1);
    expect(c.busy()).toBe(false);
  });

  it('reports a failed write and tries again on the next request', async () => {
    const timers = fakeTimers();
    const errors: unknown[] = [];
    let attempt = 0;
    const c = createWriteCoalescer(
      async () => {
        if (attempt++ === 0) throw new Error('disk full');
      },
      options(timers, errors),
    );
    c.request();
    await timers.advance(1000);
    expect(errors).toHaveLength(1);
    c.request();
    await timers.advance(1000);
    expect(attempt).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it('starts nothing after dispose', async () => {
    const timers = fakeTimers();
    let writes = 0;
    const c = createWriteCoalescer(async () => void writes++, options(timers));
    c.request();
    c.dispose();
    c.request();
    await timers.advance(10_000);
    expect(writes).toBe(0);
  });
});
