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
import type { LongWriteOptions } from '../../../core/repository/repository';
import { readAnnotationCounts } from './project-facts';
import { importRefiFile, previewRefiFile } from './refi-work';
import { restoreBackupFile } from './restore-work';
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
  | NewProjectJob
  /** Stops an import between chunks; it erases what it wrote, then answers. */
  | { type: 'cancel'; job: number };

/** Reading a REFI-QDA file, and writing one or a backup as a new project (staged, cancellable). */
export type NewProjectJob =
  | { type: 'preview-refi'; fileName: string; bytes: Uint8Array; withSnapshot?: boolean }
  | { type: 'import-refi'; fileName: string; bytes: Uint8Array }
  | { type: 'restore-backup'; fileName: string; content: string | Blob; name: string };

/** A job with its id, as posted to the worker. */
export type ExchangeWorkerRequest = ExchangeJob & { id: number };

const reply = (message: PoolReply) => self.postMessage(message);

/** The worker's own connection to the profile's database, opened on first use. */
const opened = (): Storage => (storage ??= createStorage(openDatabase()));

/**
 * Runs a write of a new project (an import, a REFI-QDA import, a restored backup) into the
 * worker's own connection to the database, cancellable by the job's id, one after another.
 */
function runStaged(
  id: number,
  write: (target: Storage, options: LongWriteOptions) => Promise<unknown>,
): Promise<unknown> {
  const controller = new AbortController();
  cancels.set(id, controller);
  const run = imports.then(() =>
    write(opened(), {
      signal: controller.signal,
      onProgress: (done, total) => reply({ id, progress: [done, total] }),
    }),
  );
  imports = run.catch(() => undefined);
  return run.finally(() => cancels.delete(id));
}

/** Runs the jobs that read or write a whole new project other than the native import. */
function runNewProjectJob(message: NewProjectJob & { id: number }): Promise<unknown> {
  if (message.type === 'preview-refi')
    return previewRefiFile(message.fileName, message.bytes, { withSnapshot: message.withSnapshot });
  if (message.type === 'import-refi')
    return runStaged(message.id, (target, options) =>
      importRefiFile(message.fileName, message.bytes, target, options),
    );
  return runStaged(message.id, (target, options) =>
    restoreBackupFile(message.fileName, message.content, message.name, target, options),
  );
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
      result = await runStaged(message.id, (target, options) =>
        importExchangeText(message.fileName, message.text, target, options),
      );
    else if (
      message.type === 'preview-refi' ||
      message.type === 'import-refi' ||
      message.type === 'restore-backup'
    )
      result = await runNewProjectJob(message);
    else if (message.type === 'count-annotations')
      result = await readAnnotationCounts(opened(), message.projectId);
    else {
      // A Blob crosses to the UI thread as a handle; the text would be copied (and saving it
      // encoded) there.
      const text = await exportStoredProject(opened(), message.request);
      result = new Blob([text], { type: 'application/json' });
    }
    reply({ id: message.id, result });
  } catch (error) {
    reply({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
};
