import { reanchorInChunks } from '../../../../core/anchoring/reanchor';
import type { Anchor, Placement } from '../../../../core/anchoring/reanchor';
import {
  w3cIntoProjectInChunks,
  type W3cIntoProject,
  type W3cIntoProjectOptions,
} from '../../../../core/formats/w3c/w3c-into-project';
import { newId } from '../../../../core/ids/new-id';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';

/** Asks the re-anchoring worker to place `anchors` (made on `oldText`, when known) on `newText`. */
export interface ReanchorJob {
  type: 'reanchor';
  id: number;
  oldText: string | null;
  newText: string;
  anchors: Anchor[];
  /** Annotations placed between two progress reports (and chances to cancel). */
  chunkSize?: number;
}

/**
 * Asks the worker to place a W3C file's annotations on a project's texts (position, else quote;
 * `w3cIntoProjectInChunks`): on a long text with thousands of annotations that takes seconds.
 */
export interface W3cPlaceJob {
  type: 'w3c';
  id: number;
  project: ProjectSnapshot;
  fileName: string;
  text: string;
  /** As `w3cIntoProject` takes them; the worker makes the new ids. */
  options: Omit<W3cIntoProjectOptions, 'newId'>;
  /** Annotations placed between two progress reports (and chances to cancel). */
  chunkSize?: number;
}

/** Stops a running job: it answers `cancelled` at its next chunk boundary. */
export interface ReanchorCancel {
  type: 'cancel';
  id: number;
}

/** What the page posts to the worker. */
export type ReanchorRequest = ReanchorJob | W3cPlaceJob | ReanchorCancel;

/** What the worker posts back: progress any number of times, then exactly one of the others. */
export type ReanchorReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; placements: Placement[] }
  | { type: 'w3c-done'; id: number; result: W3cIntoProject }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * The worker's side of the protocol, apart from `self` so a unit test in Node can drive it:
 * returns the handler for incoming messages. Jobs run in chunks (`reanchorInChunks` and
 * `w3cIntoProjectInChunks` yield to the event loop between them), which is what lets a `cancel`
 * message in while a job runs.
 */
export function serveReanchor(post: (reply: ReanchorReply) => void) {
  const running = new Map<number, AbortController>();
  return async (request: ReanchorRequest): Promise<void> => {
    if (request.type === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    const { id } = request;
    const controller = new AbortController();
    running.set(id, controller);
    const run = {
      signal: controller.signal,
      onProgress: (done: number, total: number) => post({ type: 'progress', id, done, total }),
    };
    try {
      if (request.type === 'w3c') {
        const { project, fileName, text, options } = request;
        const result = await w3cIntoProjectInChunks(
          project,
          fileName,
          text,
          { ...options, newId },
          { ...run, chunkSize: request.chunkSize ?? 200 },
        );
        post({ type: 'w3c-done', id, result });
        return;
      }
      const placements = await reanchorInChunks(request.oldText, request.newText, request.anchors, {
        ...run,
        chunkSize: request.chunkSize ?? 250,
      });
      post({ type: 'done', id, placements });
    } catch (error) {
      if (controller.signal.aborted) post({ type: 'cancelled', id });
      else
        post({
          type: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      running.delete(id);
    }
  };
}
