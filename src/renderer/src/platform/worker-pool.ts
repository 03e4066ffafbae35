/** What a pooled worker posts back: a job's progress, result or error. */
export type PoolReply = {
  id: number;
  progress?: [done: number, total: number];
  result?: unknown;
  error?: string;
};

/** How one job runs: its cancel, its progress, and whether it must wind down by itself. */
export interface PoolRunOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /**
   * Cancelled, the job is told to stop (`{ type: 'cancel', job }`) and its worker is left to
   * wind down (an import erases what it wrote) instead of being terminated. Either way the
   * caller's promise rejects at once.
   */
  soft?: boolean;
  /**
   * Jobs of one queue start one after another, each once the previous one's worker has
   * answered (a cancelled import has finished erasing), so they never trip over each other.
   */
  queue?: string;
}

/** Runs jobs in workers, each job in a worker of its own. */
export interface WorkerPool {
  run<T>(job: object, options?: PoolRunOptions): Promise<T>;
}

const cancelled = (signal: AbortSignal | undefined): Error =>
  signal?.reason instanceof Error ? signal.reason : new Error('Cancelled.');

/**
 * Runs each job in a worker of its own, so cancelling one job (terminating its worker, or
 * telling it to stop) never touches another: an export cancelled while an import runs leaves
 * the import going. A worker that finished its job is kept for the next one (up to `keepIdle`
 * of them), so a job rarely pays for starting a worker and opening its database.
 *
 * The protocol: `{ ...job, id }` is posted; the worker answers `PoolReply`s with that id, any
 * number of progress replies, then one with a result or an error.
 */
export function createWorkerPool(spawn: () => Worker, keepIdle = 1): WorkerPool {
  const idle: Worker[] = [];
  const queues = new Map<string, Promise<void>>();
  let nextId = 1;

  const release = (worker: Worker) => {
    worker.onmessage = null;
    worker.onerror = null;
    if (idle.length < keepIdle) idle.push(worker);
    else worker.terminate();
  };

  /** Posts the job to a worker of its own; `finished` settles when the worker is done with it. */
  function start<T>(
    job: object,
    options: PoolRunOptions,
  ): { result: Promise<T>; finished: Promise<void> } {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const result = new Promise<T>((resolve, reject) => {
      const { signal, onProgress, soft } = options;
      const id = nextId++;
      const worker = idle.pop() ?? spawn();
      let answered = false;
      const answer = (error: Error | null, value?: unknown) => {
        if (answered) return;
        answered = true;
        signal?.removeEventListener('abort', abort);
        if (error) reject(error);
        else resolve(value as T);
      };
      function abort() {
        answer(cancelled(signal));
        if (soft) {
          worker.postMessage({ type: 'cancel', job: id, id: nextId++ });
          return;
        }
        worker.terminate();
        finish();
      }
      worker.onmessage = (event: MessageEvent<PoolReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.progress) {
          if (!answered) onProgress?.(...reply.progress);
          return;
        }
        release(worker);
        finish();
        answer(reply.error !== undefined ? new Error(reply.error) : null, reply.result);
      };
      worker.onerror = (event) => {
        worker.terminate();
        finish();
        answer(new Error(event.message || 'A background worker failed.'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      worker.postMessage({ ...job, id });
    });
    return { result, finished };
  }

  return {
    run<T>(job: object, options: PoolRunOptions = {}): Promise<T> {
      if (options.signal?.aborted) return Promise.reject(cancelled(options.signal));
      if (!options.queue) return start<T>(job, options).result;
      const queue = options.queue;
      const before = queues.get(queue) ?? Promise.resolve();
      let finished!: () => void;
      const turn = new Promise<void>((resolve) => (finished = resolve));
      queues.set(
        queue,
        before.then(() => turn),
      );
      return new Promise<T>((resolve, reject) => {
        const { signal } = options;
        // Cancelled while it waits for its turn: it answers at once and never starts.
        const waiting = () => reject(cancelled(signal));
        signal?.addEventListener('abort', waiting, { once: true });
        void before.then(() => {
          signal?.removeEventListener('abort', waiting);
          if (signal?.aborted) {
            finished();
            reject(cancelled(signal));
            return;
          }
          const started = start<T>(job, options);
          void started.finished.then(finished);
          started.result.then(resolve, reject);
        });
      });
    },
  };
}
