/**
 * A minimal external store for React's useSyncExternalStore: immutable snapshots, shallow
 * updates, listeners notified once per update, or once per `batch` (one change set applied is
 * one notification, however many slices it touched). Small and explicit instead of a library.
 */
export class Store<S> {
  private state: S;
  private readonly listeners = new Set<() => void>();
  private batching = 0;
  private pending = false;

  constructor(initial: S) {
    this.state = initial;
  }

  /** The current snapshot (stable between updates, as React requires). */
  readonly get = (): S => this.state;

  /** Subscribes to changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Replaces some fields and notifies subscribers (at the end of the batch, inside one). */
  set(changes: Partial<S>): void {
    this.state = { ...this.state, ...changes };
    if (this.batching > 0) this.pending = true;
    else this.notify();
  }

  /** Runs `work`, notifying subscribers once at its end if anything was set. */
  batch<T>(work: () => T): T {
    this.batching++;
    try {
      return work();
    } finally {
      this.batching--;
      if (this.batching === 0 && this.pending) {
        this.pending = false;
        this.notify();
      }
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
