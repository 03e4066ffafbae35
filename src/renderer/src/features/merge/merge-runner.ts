import type { MergeRecordChange } from '../../../../core/merge';
import { packedAnnotationsOf, splitAnnotations } from '../../platform/packed-annotations';
import {
  computeMerge,
  type ComputedMerge,
  type MergeJob,
  type MergeSource,
  type MergeWorkerReply,
  type PostedMergeJob,
} from './compute-merge';

/**
 * Computes a merge where it does not block the UI; aborting stops the work; `onProgress` hears
 * how many records of both sides it has compared.
 */
export type MergeRunner = (
  job: MergeJob,
  source: MergeSource,
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
) => Promise<ComputedMerge>;

/** On the calling thread: Node (tests, where there is no Worker). */
export const inThreadMerge: MergeRunner = async (job, source, signal, onProgress) => {
  signal?.throwIfAborted();
  const result = await computeMerge(source, job, onProgress);
  signal?.throwIfAborted();
  return result;
};

/**
 * In a Web Worker that reads the project from the profile's database itself, so a merge of
 * 100,000 annotations never stalls the UI. One worker per merge; cancelling terminates it.
 */
export const workerMerge: MergeRunner = (job, _source, signal, onProgress) => {
  signal?.throwIfAborted();
  return new Promise<ComputedMerge>((resolve, reject) => {
    const worker = new Worker(new URL('./merge-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(signal?.reason instanceof Error ? signal.reason : new Error('Cancelled.'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    // The result's record changes come first, in parts (see RECORDS_PER_MESSAGE).
    const parts: MergeRecordChange[][] = [];
    worker.onmessage = (event: MessageEvent<MergeWorkerReply>) => {
      if (event.data.progress) {
        onProgress?.(event.data.progress.done, event.data.progress.total);
        return;
      }
      if (event.data.records) {
        parts.push(event.data.records);
        return;
      }
      done();
      if (event.data.error !== undefined) reject(new Error(event.data.error));
      else {
        const result = event.data.result as ComputedMerge;
        resolve({ ...result, changes: { ...result.changes, records: parts.flat() } });
      }
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'The merge worker failed.'));
    };
    // Annotations read packed from a file (a teammate's) cross still packed, as one buffer.
    if (packedAnnotationsOf(job.incoming)) {
      const { rest, packed } = splitAnnotations(job.incoming);
      const message: PostedMergeJob = { ...job, incoming: rest, packedAnnotations: packed, id: 1 };
      worker.postMessage(message, [packed.bytes.buffer]);
    } else worker.postMessage({ ...job, id: 1 } satisfies PostedMergeJob);
  });
};

/** The runner for this environment: a worker where there are workers, else the calling thread. */
export function defaultMergeRunner(): MergeRunner {
  return typeof Worker === 'undefined' ? inThreadMerge : workerMerge;
}
