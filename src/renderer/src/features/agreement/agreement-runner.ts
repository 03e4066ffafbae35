import {
  answerAgreementRequest,
  type AgreementProgress,
  type AgreementReply,
  type AgreementRequest,
  type AgreementSource,
} from './agreement-protocol';
import type { AgreementOutcome } from './table-view';
import type { AgreementChoice } from './view-choice';

/** Computes agreement somewhere that does not block the UI; aborting stops the work. */
export interface AgreementRunner {
  compute(
    projectId: string,
    choice: AgreementChoice,
    onProgress: (progress: AgreementProgress) => void,
    signal?: AbortSignal,
  ): Promise<AgreementOutcome>;
}

/** An error the user can fix by choosing differently (core refused the choice). */
export class AgreementChoiceError extends Error {}

/** Turns replies for one request into a promise; shared by the worker and the in-thread runner. */
function replyHandler(
  onProgress: (progress: AgreementProgress) => void,
  resolve: (outcome: AgreementOutcome) => void,
  reject: (error: Error) => void,
): (reply: AgreementReply) => void {
  return (reply) => {
    if (reply.type === 'progress')
      onProgress({ phase: reply.phase, done: reply.done, total: reply.total });
    else if (reply.type === 'done') resolve(reply.outcome);
    else
      reject(reply.inputError ? new AgreementChoiceError(reply.message) : new Error(reply.message));
  };
}

/** The same work on the calling thread, from a given source: for Node tests. */
export function inThreadAgreement(source: AgreementSource): AgreementRunner {
  let next = 1;
  return {
    compute: (projectId, choice, onProgress, signal) =>
      new Promise((resolve, reject) => {
        signal?.throwIfAborted();
        void answerAgreementRequest(
          { id: next++, projectId, choice },
          source,
          replyHandler(onProgress, resolve, reject),
        );
      }),
  };
}

/**
 * Agreement in a Web Worker of its own (the exchange worker stays as it is), kept between
 * computations. One computation at a time: a new one or a cancel terminates the worker, so a
 * long table stops at once, and the next call starts a fresh worker.
 */
export function createWorkerAgreement(
  start: () => Worker = () =>
    new Worker(new URL('./agreement-worker.ts', import.meta.url), { type: 'module' }),
): AgreementRunner {
  let idle: Worker | null = null;
  let running: { worker: Worker; fail(error: Error): void } | null = null;
  let next = 1;
  return {
    compute: (projectId, choice, onProgress, signal) =>
      new Promise<AgreementOutcome>((resolve, reject) => {
        signal?.throwIfAborted();
        running?.fail(new Error('Replaced by a newer computation.'));
        const worker = idle ?? start();
        idle = null;
        const id = next++;
        const finish = (keep: boolean) => {
          if (running?.worker === worker) running = null;
          if (keep) idle = worker;
          else worker.terminate();
        };
        const handle = replyHandler(
          onProgress,
          (outcome) => {
            finish(true);
            resolve(outcome);
          },
          (error) => {
            finish(true);
            reject(error);
          },
        );
        running = {
          worker,
          fail: (error) => {
            finish(false);
            reject(error);
          },
        };
        worker.onmessage = (event: MessageEvent<AgreementReply>) => {
          if (event.data.id === id) handle(event.data);
        };
        worker.onerror = (event) => {
          finish(false);
          reject(new Error(event.message || 'The agreement worker failed.'));
        };
        signal?.addEventListener('abort', () => {
          if (running?.worker !== worker) return;
          finish(false);
          reject(signal.reason instanceof Error ? signal.reason : new Error('Cancelled.'));
        });
        const request: AgreementRequest = { id, projectId, choice };
        worker.postMessage(request);
      }),
  };
}
