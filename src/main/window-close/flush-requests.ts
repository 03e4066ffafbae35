/** How an asked-for flush ended: the renderer answered, or the wait ran out. */
export type FlushOutcome = 'flushed' | 'timed-out';

/** Asks the renderer to write what it holds unsaved, and hears its answer. */
export interface FlushRequests {
  /**
   * Sends a request (`send` posts the token to one window's renderer) and resolves when that
   * renderer answers or after the bounded wait.
   */
  request(send: (token: number) => void): Promise<FlushOutcome>;
  /** The renderer's answer to request `token` (from the flush-done IPC channel). */
  done(token: number): void;
}

/**
 * Flush requests to the app's windows, each with its own token so a late answer to an old request
 * cannot end a newer wait. The wait is bounded: a hung or crashed renderer must never keep a
 * window from closing.
 */
export function createFlushRequests(options: { timeoutMs: number }): FlushRequests {
  let nextToken = 1;
  const waiting = new Map<number, (outcome: FlushOutcome) => void>();
  return {
    request(send) {
      const token = nextToken++;
      return new Promise<FlushOutcome>((resolve) => {
        const timer = setTimeout(() => finish('timed-out'), options.timeoutMs);
        function finish(outcome: FlushOutcome) {
          clearTimeout(timer);
          waiting.delete(token);
          resolve(outcome);
        }
        waiting.set(token, finish);
        try {
          send(token);
        } catch {
          finish('timed-out'); // the renderer is gone: nothing to wait for
        }
      });
    },
    done(token) {
      waiting.get(token)?.('flushed');
    },
  };
}
