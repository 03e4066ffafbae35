import type { ProjectCoders } from '../../storage';

/** Asks a project-coders worker about one project. */
export interface ProjectCodersRequest {
  projectId: string;
}

/** The worker's answer: the coders (undefined when there is no such project), or why it failed. */
export type ProjectCodersReply =
  { ok: true; found: ProjectCoders | undefined } | { ok: false; message: string };

/**
 * The coders of a project (those its records name) and which of them annotated, read in a
 * worker of its own: finding them reads every annotation record, seconds on the UI thread at
 * 100,000 annotations. One answer for every dialog that offers a project's coders (agreement,
 * export). Coders come sorted by name; a project that is gone has none.
 */
export function readProjectCoders(
  projectId: string,
  start: () => Worker = () =>
    new Worker(new URL('./project-coders-worker.ts', import.meta.url), { type: 'module' }),
): Promise<ProjectCoders> {
  return new Promise((resolve, reject) => {
    const worker = start();
    worker.onmessage = (event: MessageEvent<ProjectCodersReply>) => {
      worker.terminate();
      const reply = event.data;
      if (!reply.ok) return reject(new Error(reply.message));
      const found = reply.found ?? { coders: [], annotatingIds: [] };
      resolve({
        ...found,
        coders: [...found.coders].sort((a, b) => a.name.localeCompare(b.name)),
      });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Could not read the project’s coders.'));
    };
    const request: ProjectCodersRequest = { projectId };
    worker.postMessage(request);
  });
}
