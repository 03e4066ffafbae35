import type { DraftJournal, MemoTarget } from './draft-journal';

/** Where a memo field's text stands, as the field shows it. */
export type MemoStatus =
  | { state: 'saved' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; message: string; retryInMs: number };

/** How long typing may pause before a memo is written. */
export const SAVE_AFTER_MS = 700;

/** Waits between automatic retries of a failed write; the last one repeats. */
export const RETRY_AFTER_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000];

/** What a saver needs: where the memo belongs, how to write it, and where to report. */
export interface MemoSaverOptions {
  target: MemoTarget;
  /** The memo as stored when the field opened. */
  stored: string;
  /** Writes the memo; rejects when the write failed (quota, a newer version stored elsewhere). */
  save(text: string): Promise<void>;
  journal: DraftJournal;
  onStatus(status: MemoStatus): void;
  now?: () => string;
}

/** Says why a write failed in words a user can act on. */
export function describeWriteFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'the disk is full or the storage quota is used up; free some space';
  // The change layer's compare-and-set refusal (StaleWriteError): matched by name, like its own
  // isStaleWriteError, so this module needs nothing of the change layer.
  if (name === 'StaleWriteError')
    return 'the record was changed elsewhere (another tab) at the same time; it is retried on the latest version';
  const message = error instanceof Error ? error.message : String(error);
  return message || 'the database refused the write';
}

/**
 * The saving logic of one memo field, free of React and the DOM so it is tested in Node. Text is
 * journalled at every keystroke, written after a pause, on `flush()` (blur, page exit, unmount,
 * window close), and retried with growing waits when a write fails. The journal entry is removed
 * only once the write succeeded, so a failed or interrupted write is recovered after a reload.
 */
export class MemoSaver {
  private text: string;
  private base: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private failures = 0;
  private status: MemoStatus = { state: 'saved' };

  private closed = false;

  constructor(private readonly options: MemoSaverOptions) {
    this.base = options.stored;
    // Text journalled by an earlier field (a reload, a failed write) comes back as unsaved text.
    const recovered = options.journal.get(options.target)?.text;
    this.text = recovered ?? options.stored;
    if (this.text !== this.base) {
      this.status = { state: 'unsaved' };
      this.schedule(0);
    }
  }

  /** The status to show first (unsaved when text was recovered from the journal). */
  get initialStatus(): MemoStatus {
    return this.status;
  }

  /**
   * The field is going away: write what is pending once. A failure then is not retried here; the
   * text stays in the journal and comes back when the memo is next opened or the app starts.
   */
  close(): Promise<void> {
    this.closed = true;
    return this.flush();
  }

  /** The text the field should show. */
  get shownText(): string {
    return this.text;
  }

  /** The last status reported. */
  get state(): MemoStatus {
    return this.status;
  }

  /** True while some typed text is not yet confirmed written. */
  get dirty(): boolean {
    return this.text !== this.base || this.status.state === 'saving';
  }

  /** The user typed: journal the text at once, write it after a pause. */
  edit(text: string): void {
    this.text = text;
    this.options.journal.put({
      target: this.options.target,
      text,
      base: this.base,
      at: (this.options.now ?? (() => new Date().toISOString()))(),
    });
    if (this.status.state !== 'saving') this.report({ state: 'unsaved' });
    this.schedule(SAVE_AFTER_MS);
  }

  /**
   * The stored memo changed elsewhere (undo, redo, another tab). Taken over when nothing typed
   * here is pending; returns whether the field should now show it.
   */
  storedChanged(value: string): boolean {
    if (this.dirty) return false;
    this.text = value;
    this.base = value;
    return true;
  }

  /** Writes pending text now; resolves when written or failed (a failure stays on the status). */
  flush(): Promise<void> {
    this.clearTimer();
    this.queue = this.queue.then(() => this.saveIfDirty());
    return this.queue;
  }

  private async saveIfDirty(): Promise<void> {
    const text = this.text;
    if (text === this.base) {
      if (this.options.journal.get(this.options.target)?.text === text)
        this.options.journal.remove(this.options.target);
      this.report({ state: 'saved' });
      return;
    }
    this.report({ state: 'saving' });
    try {
      await this.options.save(text);
    } catch (error) {
      const retryInMs = RETRY_AFTER_MS[Math.min(this.failures, RETRY_AFTER_MS.length - 1)] ?? 0;
      this.failures++;
      this.report({ state: 'failed', message: describeWriteFailure(error), retryInMs });
      if (!this.closed) this.schedule(retryInMs);
      return;
    }
    this.failures = 0;
    this.base = text;
    if (this.text === text) {
      this.options.journal.remove(this.options.target);
      this.report({ state: 'saved' });
    } else {
      this.report({ state: 'unsaved' });
    }
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private report(status: MemoStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
