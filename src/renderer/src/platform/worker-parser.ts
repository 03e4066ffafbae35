import type { BatchResult } from '../../../core/corpus/import-batch';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import type { KnownDocument } from './platform';

type Pending = { resolve: (r: BatchResult) => void; reject: (e: Error) => void };

/** Sends files to the parse worker and resolves with its batch result. */
export function createWorkerParser(onProgress?: (done: number, total: number) => void) {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as {
        id: number;
        result?: BatchResult;
        error?: string;
        progress?: { done: number; total: number };
      };
      if (data.progress) {
        onProgress?.(data.progress.done, data.progress.total);
        return;
      }
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.result) waiting.resolve(data.result);
      else waiting.reject(new Error(data.error ?? 'The parser stopped without an answer.'));
    };
    return worker;
  }

  return (files: InputFile[], known: KnownDocument[]): Promise<BatchResult> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ensureWorker().postMessage({ id, files, known });
    });
}
