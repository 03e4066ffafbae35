import type { LongWriteOptions } from '../../../core/repository/repository';
import type { ExchangeJob, ExchangeWorkerReply } from './exchange-worker';
import {
  exportStoredProject,
  importExchangeText,
  readExchangeText,
  writeExchangeText,
  type ExportRequest,
  type ImportExchangeResult,
  type ImportTarget,
  type ProjectExportRequest,
  type ReadExchangeResult,
  type SnapshotSource,
} from './exchange-work';

/** The long parts of exchange work, run where they do not block the UI. */
export interface ExchangeRunner {
  /** The exchange file text for a project held in memory; aborting stops the work. */
  writeExchange(request: ExportRequest, signal?: AbortSignal): Promise<string>;
  /**
   * The exchange file for a stored project. A worker reads the project from the profile's
   * database itself and hands back a Blob of the file, so neither 100,000 annotations nor 70 MB
   * of text cross (or block) the UI thread; on the calling thread it is read from `source` and
   * returned as text. Aborting stops the work.
   */
  exportProject(
    request: ProjectExportRequest,
    source: SnapshotSource,
    signal?: AbortSignal,
  ): Promise<string | Blob>;
  /** Parses and validates an exchange file (hashes included); aborting stops the work. */
  readExchange(fileName: string, text: string, signal?: AbortSignal): Promise<ReadExchangeResult>;
  /**
   * Reads, checks and writes an exchange file as a new project (see `importExchangeText`). A
   * worker writes it into the profile's database itself, so the records never cross (or block)
   * the UI thread; on the calling thread it is written into `target`. Aborting answers at once;
   * the write stops at its next chunk and erases what it wrote.
   */
  importProject(
    fileName: string,
    text: string | Blob,
    target: ImportTarget,
    options?: Pick<LongWriteOptions, 'signal' | 'onProgress'>,
  ): Promise<ImportExchangeResult>;
}

/** The same work on the calling thread: for Node (tests, the CLI) where no worker is needed. */
export const inThreadExchange: ExchangeRunner = {
  writeExchange: async (request, signal) => {
    signal?.throwIfAborted();
    return writeExchangeText(request);
  },
  readExchange: async (fileName, text, signal) => {
    signal?.throwIfAborted();
    return readExchangeText(fileName, text);
  },
  exportProject: async (request, source, signal) => {
    signal?.throwIfAborted();
    return exportStoredProject(source, request);
  },
  importProject: (fileName, text, target, options) =>
    importExchangeText(fileName, text, target, options),
};

type Pending = {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Exchange work in a Web Worker, so exporting, backing up or validating 100,000 annotations
 * never stalls the UI. Cancelling terminates the worker (a fresh one starts on the next call).
 */
export function createWorkerExchange(): ExchangeRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(new URL('./exchange-worker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<ExchangeWorkerReply>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      if (event.data.progress) {
        waiting.onProgress?.(...event.data.progress);
        return;
      }
      pending.delete(event.data.id);
      if (event.data.error !== undefined) waiting.reject(new Error(event.data.error));
      else waiting.resolve(event.data.result);
    };
    started.onerror = (event) => {
      for (const waiting of pending.values())
        waiting.reject(new Error(event.message || 'The exchange worker failed.'));
      pending.clear();
      started.terminate();
      if (worker === started) worker = null;
    };
    worker = started;
    return started;
  }

  /**
   * Posts a job. Aborting rejects at once; a `soft` job (an import, which must erase what it
   * wrote) is told to stop, any other job is stopped by terminating the worker.
   */
  function run<T>(
    message: ExchangeJob,
    signal?: AbortSignal,
    options: { soft?: boolean; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<T> {
    signal?.throwIfAborted();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const target = ensureWorker();
      pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress: options.onProgress,
      });
      signal?.addEventListener('abort', () => {
        if (!pending.delete(id)) return;
        const reason = signal.reason instanceof Error ? signal.reason : new Error('Cancelled.');
        if (options.soft) {
          target.postMessage({ type: 'cancel', job: id, id: nextId++ });
          reject(reason);
          return;
        }
        // The worker may be busy with this job: stop it; the other jobs fail and may be retried.
        for (const other of pending.values()) other.reject(new Error('Cancelled.'));
        pending.clear();
        target.terminate();
        if (worker === target) worker = null;
        reject(reason);
      });
      target.postMessage({ ...message, id });
    });
  }

  return {
    writeExchange: (request, signal) => run<string>({ type: 'export', request }, signal),
    readExchange: (fileName, text, signal) =>
      run<ReadExchangeResult>({ type: 'read', fileName, text }, signal),
    exportProject: (request, _source, signal) =>
      run<Blob>({ type: 'export-project', request }, signal),
    importProject: (fileName, text, _target, options = {}) =>
      run<ImportExchangeResult>({ type: 'import', fileName, text }, options.signal, {
        soft: true,
        onProgress: options.onProgress,
      }),
  };
}
