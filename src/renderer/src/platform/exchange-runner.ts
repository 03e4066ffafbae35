import type { AnnotationCounts } from '../../../core/coding/annotation-counts';
import type { Id } from '../../../core/model/types';
import type { LongWriteOptions } from '../../../core/repository/repository';
import type { ExchangeJob } from './exchange-worker';
import type { LandedProject } from './land-new-project';
import { readAnnotationCounts, type FactsSource } from './project-facts';
import { importRefiFile, previewRefiFile, type RefiPreview } from './refi-work';
import { restoreBackupFile } from './restore-work';
import { createWorkerPool, type PoolRunOptions } from './worker-pool';
import type { AlignedImport } from '../../../core/formats/align/align-to-project';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import { alignToStoredProject } from './align-work';
import {
  exportStoredFormat,
  type FormatExport,
  type FormatExportRequest,
} from './export-format-work';
import {
  encodeParts,
  exportStoredParts,
  exportStoredProject,
  importExchangeText,
  readExchangeText,
  receivedResult,
  writeExchangeText,
  type ExportRequest,
  type ImportExchangeResult,
  type ImportOptions,
  type ImportTarget,
  type ProgressListener,
  type ProjectExportRequest,
  type ReadExchangeResult,
  type SnapshotSource,
} from './exchange-work';

/** The long parts of exchange work, run where they do not block the UI. */
export interface ExchangeRunner {
  /** The exchange file text for a project held in memory; aborting stops the work. */
  writeExchange(request: ExportRequest, signal?: AbortSignal): Promise<string>;
  /**
   * The exchange file for a stored project. A worker reads the project from the profile's
   * database itself and hands back a Blob of the file, so neither 100,000 annotations nor 70 MB
   * of text cross (or block) the UI thread; on the calling thread it is read from `source` and
   * returned as text. Aborting stops the work at once; `onProgress` hears how many records of
   * how many have been written, a few times a second.
   */
  exportProject(
    request: ProjectExportRequest,
    source: SnapshotSource,
    signal?: AbortSignal,
    onProgress?: ProgressListener,
  ): Promise<string | Blob>;
  /**
   * An automatic backup: the exchange file's UTF-8 bytes, written and encoded where the export
   * runs and handed over (transferred), so the UI thread never holds or serializes the file as
   * a string on its way to the desktop's main process.
   */
  backupProject(
    request: ProjectExportRequest,
    source: SnapshotSource,
    signal?: AbortSignal,
  ): Promise<Uint8Array>;
  /**
   * A stored project in another tool's format (REFI-QDA, CSV, XLSX, W3C), read and written where
   * it runs; `onProgress` hears documents written of all. Aborting stops the work at once.
   */
  exportFormat(
    request: FormatExportRequest,
    source: SnapshotSource,
    options?: { signal?: AbortSignal; onProgress?: ProgressListener },
  ): Promise<FormatExport>;
  /** Parses and validates an exchange file (hashes included); aborting stops the work. */
  readExchange(fileName: string, text: string, signal?: AbortSignal): Promise<ReadExchangeResult>;
  /**
   * Reads, checks and writes an exchange file as a new project (see `importExchangeText`). A
   * worker writes it into the profile's database itself, so the records never cross (or block)
   * the UI thread; on the calling thread it is written into `target`. Aborting answers at once;
   * the write stops at its next chunk and erases what it wrote.
   */
  importProject(
    fileName: string,
    text: string | Blob,
    target: ImportTarget,
    options?: Pick<ImportOptions, 'signal' | 'onProgress' | 'asNewProject'>,
  ): Promise<ImportExchangeResult>;
  /**
   * The project's live annotation counts (per document, per code). A worker reads them from the
   * profile's database itself; on the calling thread they are read from `source`.
   */
  countAnnotations(
    projectId: Id,
    source: FactsSource,
    signal?: AbortSignal,
  ): Promise<AnnotationCounts>;
  /**
   * A REFI-QDA file's records matched by content to a stored project (see
   * `alignToStoredProject`): a worker reads the project from the profile's database itself.
   */
  alignToStored(
    projectId: Id,
    incoming: ProjectSnapshot,
    source: SnapshotSource,
    signal?: AbortSignal,
  ): Promise<AlignedImport>;
  /** What a REFI-QDA file will bring in, or why it cannot (see `previewRefiFile`). */
  previewRefi(
    fileName: string,
    bytes: Uint8Array,
    options?: { withSnapshot?: boolean; signal?: AbortSignal },
  ): Promise<RefiPreview>;
  /**
   * Reads a REFI-QDA file and writes it as a new project through the staged write (see
   * `importRefiFile`); a worker writes it into the profile's database itself. Cancel as for
   * `importProject`.
   */
  importRefi(
    fileName: string,
    bytes: Uint8Array,
    target: NewProjectTarget,
    options?: Pick<LongWriteOptions, 'signal' | 'onProgress'>,
  ): Promise<LandedProject>;
  /** Restores a backup as a copy named `name` beside the original (see `restoreBackupFile`). */
  restoreBackup(
    fileName: string,
    content: string | Blob,
    name: string,
    target: NewProjectTarget,
    options?: Pick<LongWriteOptions, 'signal' | 'onProgress'>,
  ): Promise<ImportExchangeResult>;
}

/** Where a new project is written on the calling thread (a worker writes its own database). */
export type NewProjectTarget = Pick<ImportTarget, 'writeProjectStaged'>;

/** The same work on the calling thread: for Node (tests, the CLI) where no worker is needed. */
export const inThreadExchange: ExchangeRunner = {
  writeExchange: async (request, signal) => {
    signal?.throwIfAborted();
    return writeExchangeText(request);
  },
  readExchange: async (fileName, text, signal) => {
    signal?.throwIfAborted();
    return readExchangeText(fileName, text);
  },
  exportProject: async (request, source, signal, onProgress) => {
    signal?.throwIfAborted();
    return onProgress
      ? (await exportStoredParts(source, request, onProgress)).join('')
      : exportStoredProject(source, request);
  },
  backupProject: async (request, source, signal) => {
    signal?.throwIfAborted();
    return encodeParts(await exportStoredParts(source, request));
  },
  exportFormat: async (request, source, options = {}) => {
    options.signal?.throwIfAborted();
    return exportStoredFormat(source, request, options.onProgress);
  },
  importProject: (fileName, text, target, options) =>
    importExchangeText(fileName, text, target, options),
  countAnnotations: async (projectId, source, signal) => {
    signal?.throwIfAborted();
    return readAnnotationCounts(source, projectId);
  },
  alignToStored: async (projectId, incoming, source, signal) => {
    signal?.throwIfAborted();
    return alignToStoredProject(source, projectId, incoming);
  },
  previewRefi: async (fileName, bytes, options = {}) => {
    options.signal?.throwIfAborted();
    return previewRefiFile(fileName, bytes, options);
  },
  importRefi: (fileName, bytes, target, options) =>
    importRefiFile(fileName, bytes, target, options),
  restoreBackup: (fileName, content, name, target, options) =>
    restoreBackupFile(fileName, content, name, target, options),
};

/**
 * Exchange work in Web Workers, so exporting, backing up or validating 100,000 annotations
 * never stalls the UI. Each job runs in a worker of its own (see `createWorkerPool`): cancelling
 * one answers at once and never stops another. A cancelled import is told to stop and erases
 * what it wrote right away; any other cancelled job's worker is terminated. Imports run one
 * after another, so a new one never meets the rows of one still being erased.
 */
export function createWorkerExchange(): ExchangeRunner {
  const pool = createWorkerPool(
    () => new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' }),
  );
  // A result with a file's records comes with its annotations packed (see `postedResult`).
  const run = <T>(job: ExchangeJob, options?: PoolRunOptions) =>
    pool.run<T>(job, options).then(receivedResult);
  /** A write of a new project: told to stop when cancelled (it erases what it wrote), queued. */
  const staged = (options: Pick<LongWriteOptions, 'signal' | 'onProgress'>): PoolRunOptions => ({
    signal: options.signal,
    onProgress: options.onProgress,
    soft: true,
    queue: 'import',
  });
  return {
    writeExchange: (request, signal) => run<string>({ type: 'export', request }, { signal }),
    readExchange: (fileName, text, signal) =>
      run<ReadExchangeResult>({ type: 'read', fileName, text }, { signal }),
    exportProject: (request, _source, signal, onProgress) =>
      run<Blob>({ type: 'export-project', request }, { signal, onProgress }),
    backupProject: (request, _source, signal) =>
      run<Uint8Array>({ type: 'backup-project', request }, { signal }),
    exportFormat: (request, _source, options = {}) =>
      run<FormatExport>({ type: 'export-format', request }, options),
    importProject: (fileName, text, _target, options = {}) =>
      run<ImportExchangeResult>(
        { type: 'import', fileName, text, asNewProject: options.asNewProject },
        staged(options),
      ),
    countAnnotations: (projectId, _source, signal) =>
      run<AnnotationCounts>({ type: 'count-annotations', projectId }, { signal }),
    alignToStored: (projectId, incoming, _source, signal) =>
      run<AlignedImport>({ type: 'align-to-project', projectId, incoming }, { signal }),
    previewRefi: (fileName, bytes, options = {}) =>
      run<RefiPreview>(
        { type: 'preview-refi', fileName, bytes, withSnapshot: options.withSnapshot },
        { signal: options.signal },
      ),
    importRefi: (fileName, bytes, _target, options = {}) =>
      run<LandedProject>({ type: 'import-refi', fileName, bytes }, staged(options)),
    restoreBackup: (fileName, content, name, _target, options = {}) =>
      run<ImportExchangeResult>(
        { type: 'restore-backup', fileName, content, name },
        staged(options),
      ),
  };
}
