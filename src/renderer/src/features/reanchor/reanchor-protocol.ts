import { reanchorInChunks } from '../../../../core/anchoring/reanchor';
import type { Anchor, Placement } from '../../../../core/anchoring/reanchor';

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

/** Stops a running job: it answers `cancelled` at its next chunk boundary. */
export interface ReanchorCancel {
  type: 'cancel';
  id: number;
}

/** What the page posts to the worker. */
export type ReanchorRequest = ReanchorJob | ReanchorCancel;

/** What the worker posts back: progress any number of times, then exactly one of the others. */
export type ReanchorReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; placements: Placement[] }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * The worker's side of the protocol, apart from `self` so a unit test in Node can drive it:
 * returns the handler for incoming messages. Jobs run in chunks (`reanchorInChunks` yields to the
 * event loop between them), which is what lets a `cancel` message in while a job runs.
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
    try {
      const placements = await reanchorInChunks(request.oldText, request.newText, request.anchors, {
        signal: controller.signal,
        chunkSize: request.chunkSize ?? 250,
        onProgress: (done, total) => post({ type: 'progress', id, done, total }),
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
