/// <reference lib="webworker" />
// Computes merges off the UI thread: reads the target project from the profile's database
// itself and merges the incoming snapshot into it (see compute-merge.ts).
import { createStorage, openDatabase, type Storage } from '../../storage';
import { unpackAnnotations } from '../../platform/packed-annotations';
import {
  computeMerge,
  RECORDS_PER_MESSAGE,
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
    const result = await computeMerge(storage, job, progress);
    const { records } = result.changes;
    for (let i = 0; i < records.length; i += RECORDS_PER_MESSAGE)
      self.postMessage({
        id,
        records: records.slice(i, i + RECORDS_PER_MESSAGE),
      } satisfies MergeWorkerReply);
    const rest = { ...result, changes: { ...result.changes, records: [] } };
    self.postMessage({ id, result: rest } satisfies MergeWorkerReply);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
