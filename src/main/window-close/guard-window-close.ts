import type { FlushOutcome, FlushRequests } from './flush-requests';

/** The part of a `BrowserWindow` the guard uses, so tests pass a fake. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/**
 * Holds a window's first close (the close button, Ctrl+W, or quitting the app) until its renderer
 * has written unsaved memos, then closes it for real. `flush` is bounded (see
 * createFlushRequests), so a renderer that never answers delays the close, never blocks it.
 * Quitting is cancelled by the held close; `afterFlush` lets the caller quit again once closed.
 */
export function guardWindowClose(
  window: GuardedWindow,
  flush: () => Promise<FlushOutcome>,
  afterFlush: (outcome: FlushOutcome) => void = () => undefined,
): void {
  let phase: 'open' | 'flushing' | 'closing' = 'open';
  window.on('close', (event) => {
    if (phase === 'closing') return;
    event.preventDefault();
    if (phase === 'flushing') return;
    phase = 'flushing';
    void flush()
      .catch((): FlushOutcome => 'timed-out')
      .then((outcome) => {
        phase = 'closing';
        if (!window.isDestroyed()) window.close();
        afterFlush(outcome);
      });
  });
}

/** A window whose renderer can be sent a flush request. */
export interface FlushableWindow extends GuardedWindow {
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/**
 * Guards `window` so each close first asks its renderer, on `channel`, to write unsaved text
 * (through `requests`, which bounds the wait).
 */
export function flushBeforeClose(
  window: FlushableWindow,
  requests: FlushRequests,
  channel: string,
  afterFlush?: (outcome: FlushOutcome) => void,
): void {
  guardWindowClose(
    window,
    () => requests.request((token) => window.webContents.send(channel, token)),
    afterFlush,
  );
}
