/**
 * A minimal external store for React's useSyncExternalStore: immutable snapshots, shallow
 * updates, listeners notified once per update. Small and explicit instead of a state library.
 */
export class Store<S> {
  private state: S;
  private readonly listeners = new Set<() => void>();

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

  /** Replaces some fields and notifies subscribers. */
  set(changes: Partial<S>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}
