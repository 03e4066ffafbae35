/// <reference lib="webworker" />
// Reads a project's coders off the UI thread (see project-coders.ts): one request, one answer.
import { createStorage, openDatabase } from '../../storage';
import type { ProjectCodersReply, ProjectCodersRequest } from './project-coders';

self.onmessage = (event: MessageEvent<ProjectCodersRequest>) => {
  const storage = createStorage(openDatabase());
  const post = (reply: ProjectCodersReply) => self.postMessage(reply);
  storage
    .readProjectCoders(event.data.projectId)
    .then((found) => post({ ok: true, found }))
    .catch((error: unknown) =>
      post({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => storage.close());
};
