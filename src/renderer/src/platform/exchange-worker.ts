/// <reference lib="webworker" />
// Exports, reads and imports exchange files off the UI thread (export, backups, import).
import { createStorage, openDatabase, type Storage } from '../storage';
import {
  encodeParts,
  exportStoredParts,
  importExchangeText,
  postedResult,
  readExchangeText,
  writeExchangeText,
  type ExportRequest,
  type ProjectExportRequest,
} from './exchange-work';
import type { LongWriteOptions } from '../../../core/repository/repository';
import { readAnnotationCounts } from './project-facts';
import { alignToStoredProject } from './align-work';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import { importRefiFile, previewRefiFile } from './refi-work';
import { restoreBackupFile } from './restore-work';
import type { PoolReply } from './worker-pool';
import { exportStoredFormat, type FormatExportRequest } from './export-format-work';
import { throttleProgress } from './throttle-progress';

/** The profile's database, opened by the worker itself so a project never crosses threads. */
let storage: Storage | null = null;

/** Imports run one after another (a cancelled one finishes erasing before the next starts). */
let imports: Promise<unknown> = Promise.resolve();

/** The running jobs that can be cancelled without stopping the worker, by id. */
const cancels = new Map<number, AbortController>();

/** What the exchange worker is asked to do. */
export type ExchangeJob =
  | { type: 'export'; request: ExportRequest }
  /** Progress: records written of all; the file comes back as a Blob. */
  | { type: 'export-project'; request: ProjectExportRequest }
  /** An automatic backup: the file's UTF-8 bytes, transferred (never a string on the UI thread). */
  | { type: 'backup-project'; request: ProjectExportRequest }
  /** Another tool's format; progress: documents written of all. */
  | { type: 'export-format'; request: FormatExportRequest }
  | { type: 'read'; fileName: string; text: string }
  /** `text` may be the picked File itself: read here, so it never crosses as a string. */
  | { type: 'import'; fileName: string; text: string | Blob; asNewProject?: boolean }
  /** The project's annotation counts, read here so 100,000 records never reach the UI thread. */
  | { type: 'count-annotations'; projectId: string }
  /** A REFI-QDA file's records matched by content to a stored project, read here. */
  | { type: 'align-to-project'; projectId: string; incoming: ProjectSnapshot }
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

const reply = (message: PoolReply, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

/** A job's progress, posted a few times a second at most. */
const progressOf = (id: number) =>
  throttleProgress((done, total) => reply({ id, progress: [done, total] }));

/** Runs the jobs that write a stored project as a file (export, backup, other formats). */
async function runExportJob(
  message: Extract<ExchangeJob, { type: 'export-project' | 'backup-project' | 'export-format' }> & {
    id: number;
  },
): Promise<void> {
  const { id } = message;
  if (message.type === 'export-format') {
    const written = await exportStoredFormat(opened(), message.request, progressOf(id));
    const { data, warnings } = written;
    // Bytes are transferred; text goes as a Blob (a handle, encoded here, not on the UI thread).
    if (data instanceof Uint8Array) reply({ id, result: { data, warnings } }, [data.buffer]);
    else reply({ id, result: { data: new Blob([data]), warnings } });
    return;
  }
  const parts = await exportStoredParts(
    opened(),
    message.request,
    message.type === 'export-project' ? progressOf(id) : undefined,
  );
  if (message.type === 'backup-project') {
    const bytes = await encodeParts(parts);
    reply({ id, result: bytes }, [bytes.buffer]);
    return;
  }
  // The file as a Blob of its parts: never one string here, and a handle on the UI thread.
  reply({ id, result: new Blob(parts, { type: 'application/json' }) });
}

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
    if (
      message.type === 'export-project' ||
      message.type === 'backup-project' ||
      message.type === 'export-format'
    ) {
      await runExportJob(message);
      return;
    }
    let result: unknown;
    if (message.type === 'export') result = writeExchangeText(message.request);
    else if (message.type === 'read')
      result = await readExchangeText(message.fileName, message.text);
    else if (message.type === 'import')
      result = await runStaged(message.id, (target, options) =>
        importExchangeText(message.fileName, message.text, target, {
          ...options,
          asNewProject: message.asNewProject,
        }),
      );
    else if (
      message.type === 'preview-refi' ||
      message.type === 'import-refi' ||
      message.type === 'restore-backup'
    )
      result = await runNewProjectJob(message);
    else if (message.type === 'align-to-project')
      result = await alignToStoredProject(opened(), message.projectId, message.incoming);
    else result = await readAnnotationCounts(opened(), message.projectId);
    // A read file's records (a known project's for a merge) go packed in one buffer.
    const posted = postedResult(result);
    reply({ id: message.id, result: posted.message }, posted.transfer);
  } catch (error) {
    reply({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
};
