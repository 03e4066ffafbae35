/// <reference lib="webworker" />
// Computes merges off the UI thread: reads the target project from the profile's database
// itself and merges the incoming snapshot into it (see compute-merge.ts).
import { createStorage, openDatabase, type Storage } from '../../storage';
import { unpackAnnotations } from '../../platform/packed-annotations';
import {
  computeMerge,
  type MergeJob,
  type MergeWorkerReply,
  type PostedMergeJob,
} from './compute-merge';

/** The profile's database, opened by the worker so the local project never crosses threads. */
let storage: Storage | null = null;

/** The job as computed: packed incoming annotations unpacked here. */
function jobOf(posted: PostedMergeJob): MergeJob {
  if (!('packedAnnotations' in posted)) return posted;
  const { packedAnnotations, incoming, ...rest } = posted;
  return { ...rest, incoming: { ...incoming, annotations: unpackAnnotations(packedAnnotations) } };
}

self.onmessage = async (event: MessageEvent<PostedMergeJob>) => {
  const { id } = event.data;
  try {
    const job = jobOf(event.data);
    storage ??= createStorage(openDatabase());
    const progress = (done: number, total: number) =>
      self.postMessage({ id, progress: { done, total } } satisfies MergeWorkerReply);
    self.postMessage({ id, result: await computeMerge(storage, job, progress) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
