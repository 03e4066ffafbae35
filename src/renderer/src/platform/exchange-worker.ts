/// <reference lib="webworker" />
// Exports, reads and imports exchange files off the UI thread (export, backups, import).
import { createStorage, openDatabase, type Storage } from '../storage';
import {
  exportStoredProject,
  importExchangeText,
  readExchangeText,
  writeExchangeText,
  type ExportRequest,
  type ProjectExportRequest,
} from './exchange-work';
import { readAnnotationCounts } from './project-facts';
import type { PoolReply } from './worker-pool';

/** The profile's database, opened by the worker itself so a project never crosses threads. */
let storage: Storage | null = null;

/** Imports run one after another (a cancelled one finishes erasing before the next starts). */
let imports: Promise<unknown> = Promise.resolve();

/** The running jobs that can be cancelled without stopping the worker, by id. */
const cancels = new Map<number, AbortController>();

/** What the exchange worker is asked to do. */
export type ExchangeJob =
  | { type: 'export'; request: ExportRequest }
  | { type: 'export-project'; request: ProjectExportRequest }
  | { type: 'read'; fileName: string; text: string }
  /** `text` may be the picked File itself: read here, so it never crosses as a string. */
  | { type: 'import'; fileName: string; text: string | Blob }
  /** The project's annotation counts, read here so 100,000 records never reach the UI thread. */
  | { type: 'count-annotations'; projectId: string }
  /** Stops an import between chunks; it erases what it wrote, then answers. */
  | { type: 'cancel'; job: number };

/** A job with its id, as posted to the worker. */
export type ExchangeWorkerRequest = ExchangeJob & { id: number };

const reply = (message: PoolReply) => self.postMessage(message);

/** The worker's own connection to the profile's database, opened on first use. */
const opened = (): Storage => (storage ??= createStorage(openDatabase()));

/** Imports a file as a new project into the worker's own connection to the database. */
function runImport(id: number, fileName: string, text: string | Blob): Promise<unknown> {
  const controller = new AbortController();
  cancels.set(id, controller);
  const run = imports.then(() => {
    storage ??= createStorage(openDatabase());
    return importExchangeText(fileName, text, storage, {
      signal: controller.signal,
      onProgress: (done, total) => reply({ id, progress: [done, total] }),
    });
  });
  imports = run.catch(() => undefined);
  return run.finally(() => cancels.delete(id));
}

self.onmessage = async (event: MessageEvent<ExchangeWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancels.get(message.job)?.abort();
    return;
  }
  try {
    let result: unknown;
    if (message.type === 'export') result = writeExchangeText(message.request);
    else if (message.type === 'read')
      result = await readExchangeText(message.fileName, message.text);
    else if (message.type === 'import')
      result = await runImport(message.id, message.fileName, message.text);
    else if (message.type === 'count-annotations')
      result = await readAnnotationCounts(opened(), message.projectId);
    else {
      storage ??= createStorage(openDatabase());
      // A Blob crosses to the UI thread as a handle; the text would be copied (and saving it
      // encoded) there.
      const text = await exportStoredProject(storage, message.request);
      result = new Blob([text], { type: 'application/json' });
    }
    reply({ id: message.id, result });
  } catch (error) {
    reply({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
};
