import { reanchorInChunks } from '../../../../core/anchoring/reanchor';
import type { Anchor, Placement } from '../../../../core/anchoring/reanchor';
import {
  w3cIntoProjectInChunks,
  type W3cIntoProject,
  type W3cIntoProjectOptions,
} from '../../../../core/formats/w3c/w3c-into-project';
import { newId } from '../../../../core/ids/new-id';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { ReanchorReply, ReanchorRequest } from './reanchor-protocol';

/** How a run reports and stops: progress after each chunk, cancel through the signal. */
export interface ReanchorRunOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/**
 * Places annotations on a new version of a text (diff, exact, fuzzy, orphan; see core's
 * `reanchorInChunks`) where it does not block the UI. Results are in input order. A cancelled
 * run rejects with an `AbortError` and leaves nothing behind.
 */
export interface ReanchorRunner {
  reanchor(
    oldText: string | null,
    newText: string,
    anchors: readonly Anchor[],
    options?: ReanchorRunOptions,
  ): Promise<Placement[]>;
  /**
   * Places a W3C file's annotations on a project's texts (`w3cIntoProject`) where it does not
   * block the UI, with the same progress and cancel.
   */
  placeW3c(
    project: ProjectSnapshot,
    fileName: string,
    text: string,
    options: Omit<W3cIntoProjectOptions, 'newId'>,
    run?: ReanchorRunOptions,
  ): Promise<W3cIntoProject>;
}

/** The same work on the calling thread, for Node (unit tests, the merge's tests). */
export const inThreadReanchor: ReanchorRunner = {
  reanchor: (oldText, newText, anchors, options = {}) =>
    reanchorInChunks(oldText, newText, anchors, options),
  placeW3c: (project, fileName, text, options, run = {}) =>
    w3cIntoProjectInChunks(project, fileName, text, { ...options, newId }, run),
};

const cancelled = () => new DOMException('Re-anchoring was cancelled.', 'AbortError');

/** The answer a job resolves with: `done` for re-anchoring, `w3c-done` for a W3C file. */
type Answer = Extract<ReanchorReply, { type: 'done' | 'w3c-done' }>;

type Waiting = {
  resolve(answer: Answer): void;
  reject(error: Error): void;
  onProgress?(done: number, total: number): void;
};

/**
 * Re-anchoring in a Web Worker: 10,000 annotations on a 1,000,000-character text take seconds,
 * which must not freeze typing or scrolling. One worker serves every run, started on first use;
 * cancelling asks it to stop at its next chunk (it stays up for the next run).
 */
export function createWorkerReanchor(): ReanchorRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const settle = (reply: ReanchorReply) => {
    const job = waiting.get(reply.id);
    if (!job) return;
    if (reply.type === 'progress') return job.onProgress?.(reply.done, reply.total);
    waiting.delete(reply.id);
    if (reply.type === 'done' || reply.type === 'w3c-done') job.resolve(reply);
    else if (reply.type === 'cancelled') job.reject(cancelled());
    else job.reject(new Error(reply.message));
  };

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(new URL('./reanchor-worker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<ReanchorReply>) => settle(event.data);
    started.onerror = (event) => {
      for (const job of waiting.values())
        job.reject(new Error(event.message || 'The re-anchoring worker failed.'));
      waiting.clear();
      started.terminate();
      if (worker === started) worker = null;
    };
    worker = started;
    return started;
  }

  /** Posts a job and waits for its answer; a cancel through the signal stops it. */
  function ask(job: Exclude<ReanchorRequest, { type: 'cancel' }>, options: ReanchorRunOptions) {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(cancelled());
    const target = ensureWorker();
    const { id } = job;
    return new Promise<Answer>((resolve, reject) => {
      waiting.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      signal?.addEventListener('abort', () => {
        if (waiting.has(id)) target.postMessage({ type: 'cancel', id } satisfies ReanchorRequest);
      });
      target.postMessage(job);
    });
  }

  return {
    async reanchor(oldText, newText, anchors, options = {}) {
      // Anchors are copied to plain objects: annotation records carry fields the worker
      // does not need (codes, memo, revisions), and structured cloning copies every one.
      const plain = anchors.map(({ start, end, quote, prefix, suffix }) => ({
        start,
        end,
        quote,
        prefix,
        suffix,
      }));
      const answer = await ask(
        { type: 'reanchor', id: nextId++, oldText, newText, anchors: plain },
        options,
      );
      if (answer.type !== 'done') throw new Error('The re-anchoring worker mixed up two jobs.');
      return answer.placements;
    },
    async placeW3c(project, fileName, text, options, run = {}) {
      const answer = await ask(
        { type: 'w3c', id: nextId++, project, fileName, text, options },
        run,
      );
      if (answer.type !== 'w3c-done') throw new Error('The re-anchoring worker mixed up two jobs.');
      return answer.result;
    },
  };
}
