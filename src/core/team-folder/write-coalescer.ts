/**
 * "After each round of edits": coalesces many write requests into few writes, and never starts
 * a write while the previous one is still running (a slow network drive must not get two
 * overlapping writes of the same file). Timers are passed in, so tests drive the clock.
 */

/** The clock and timers the coalescer runs on (`setTimeout` and friends in the app). */
export interface CoalescerTimers {
  now(): number;
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

/** Tuning: the quiet time after the last request, and the longest a request may wait. */
export interface CoalescerOptions {
  /** Write this long after the last request (each request restarts the wait). */
  delayMs: number;
  /** ...but no later than this after the first unwritten request, even while edits go on. */
  maxWaitMs: number;
  timers: CoalescerTimers;
  /** A failed write is reported here; the next request tries again. */
  onError(error: unknown): void;
}

/** What the coalescer offers its owner. */
export interface WriteCoalescer {
  /** Something changed: write soon. */
  request(): void;
  /** Writes now if anything is waiting, and resolves once no write is running or waiting. */
  flush(): Promise<void>;
  /** Whether a request is waiting or a write is running. */
  busy(): boolean;
  /** Stops the timer; a running write finishes, nothing new starts. */
  dispose(): void;
}

/** Builds a coalescer around `write` (which should write the whole current state). */
export function createWriteCoalescer(
  write: () => Promise<void>,
  options: CoalescerOptions,
): WriteCoalescer {
  const { timers } = options;
  let timer: unknown = null;
  let firstWaitingAt: number | null = null;
  let running: Promise<void> | null = null;
  let disposed = false;

  const stopTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  function start(): Promise<void> {
    stopTimer();
    firstWaitingAt = null;
    const current = (async () => {
      try {
        await write();
      } catch (error) {
        options.onError(error);
      }
    })();
    running = current.then(() => {
      running = null;
      // Requests that came in during the write: another write, with their own quiet time.
      if (firstWaitingAt !== null && !disposed && timer === null) arm();
    });
    return running;
  }

  function arm(): void {
    stopTimer();
    const waited = firstWaitingAt === null ? 0 : timers.now() - firstWaitingAt;
    const delay = Math.max(0, Math.min(options.delayMs, options.maxWaitMs - waited));
    timer = timers.set(() => {
      timer = null;
      if (running) return; // picked up when the running write ends
      void start();
    }, delay);
  }

  return {
    request() {
      if (disposed) return;
      firstWaitingAt ??= timers.now();
      if (!running) arm();
    },
    async flush() {
      while (running || firstWaitingAt !== null) {
        if (running) await running;
        else if (!disposed) await start();
        else return;
      }
    },
    busy: () => running !== null || firstWaitingAt !== null,
    dispose() {
      disposed = true;
      stopTimer();
    },
  };
}
