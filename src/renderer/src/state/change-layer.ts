import { isEmpty, type ChangeSet } from '../../../core/changes/change-set';
import { isStaleWriteError } from '../../../core/changes/stale-write-error';
import type { LongWriteOptions, Repository } from '../../../core/repository/repository';
import { nextTask } from './next-task';

/**
 * Changes in a change set from which its caller hears back in a task after the one that
 * announced it (see `applyNow`).
 */
export const LARGE_CHANGE_SET = 1000;

/**
 * Told after a change set has been written (and the in-memory state mirrors it). A listener may
 * return a promise (a recount): the change's caller waits for it; its failure is reported, never
 * undoes the change.
 */
export type ChangeSetListener = (set: ChangeSet) => void | Promise<void>;

/**
 * The one transaction layer every change goes through. Work runs one turn at a time, in the
 * order the user made it, and each command builds its change set INSIDE its turn from the latest
 * records (so quick edits never overwrite each other). A change set is written in one storage
 * transaction with compare-and-set (a record changed by another tab or a merge meanwhile makes
 * it fail with `StaleWriteError`, writing nothing), then every listener is told, in the order
 * they subscribed: the in-memory mirror first, then counts, history, backups, other tabs.
 */
export class ChangeLayer {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: ChangeSetListener[] = [];

  constructor(
    private readonly repository: Pick<Repository, 'apply'>,
    /** Wraps the listeners' run, e.g. in a store batch, so the UI is notified once. */
    private readonly around: <T>(work: () => T) => T = (work) => work(),
    /** Where a listener's failure goes (the change itself is written). */
    private readonly onListenerError: (error: unknown) => void = () => undefined,
    /**
     * Called in the turn when a change set was refused because a record changed elsewhere (the
     * in-memory state is behind storage): reload it, so the next attempt builds on the latest.
     */
    private readonly onStale: (set: ChangeSet) => Promise<void> = async () => undefined,
  ) {}

  /** Runs work one at a time so edits land in the order the user made them. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Builds a change set when its turn comes and applies it. `build` returns the change set (or
   * null for nothing to do) and any value for the caller; an empty change set writes nothing.
   */
  change<T = void>(
    build: () => Promise<{ set: ChangeSet | null; value: T }> | { set: ChangeSet | null; value: T },
    options?: LongWriteOptions,
  ): Promise<T> {
    return this.serial(async () => {
      const { set, value } = await build();
      if (set && !isEmpty(set)) {
        try {
          await this.applyNow(set, options);
        } catch (error) {
          if (!isStaleWriteError(error)) throw error;
          await this.onStale(set);
          throw new Error(
            `Nothing was changed: the ${error.kind} was changed elsewhere a moment ago (in another tab, or by an import or merge). The workbench now shows the latest version; please ${set.label} again.`,
            { cause: error },
          );
        }
      }
      return value;
    });
  }

  /**
   * Applies a change set already built within the current turn (call only inside `serial`).
   * After a large one (a merge, its undo, a purge: thousands of records mirrored, counted and
   * re-rendered in one task) the caller resumes in a task of its own, so what it does next
   * (closing a dialog, which restyles the whole document; a notice) does not lengthen that task.
   */
  async applyNow(set: ChangeSet, options?: LongWriteOptions): Promise<void> {
    await this.repository.apply(set, options);
    await this.announce(set);
    if (set.changes.length > LARGE_CHANGE_SET) await nextTask();
  }

  /**
   * Tells the listeners about a change set another thread has already written (the exchange
   * worker lands an imported project itself): they update memory, counts, backups and other
   * tabs as after `applyNow`. Call only inside `serial`.
   */
  async announce(set: ChangeSet): Promise<void> {
    const pending = this.around(() =>
      this.listeners.map((listener) => {
        try {
          return listener(set);
        } catch (error) {
          this.onListenerError(error);
          return undefined;
        }
      }),
    );
    for (const result of await Promise.allSettled(pending)) {
      if (result.status === 'rejected') this.onListenerError(result.reason);
    }
  }

  /** Subscribes to applied change sets; returns the unsubscribe function. */
  onChangeSetApplied(listener: ChangeSetListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }
}
