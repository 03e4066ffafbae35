import { newId } from '../../../core/ids/new-id';
import type { SnapshotSource, ProgressListener } from './exchange-work';

/** An export of a stored project in another tool's format (see features/formats/export-as). */
export interface FormatExportRequest {
  projectId: string;
  /** The format registry's name (`qdpx`, `csv`, `xlsx`, `w3c`…). */
  format: string;
  /** The file's name: a `.qde` is written with the texts inside. */
  fileName: string;
  now: string;
}

/** A written file: its data (the worker hands it over as a Blob) and what it could not carry. */
export interface FormatExport {
  data: string | Uint8Array | Blob;
  warnings: string[];
}

/**
 * Reads a stored project and writes it in another tool's format, where it runs (the exchange
 * worker: the records never reach the UI thread), telling `onProgress` how many documents it has
 * written of how many. The writers are loaded on first use, so they stay out of the start-up
 * bundle.
 */
export async function exportStoredFormat(
  source: SnapshotSource,
  request: FormatExportRequest,
  onProgress?: ProgressListener,
): Promise<FormatExport> {
  const { formatByName } = await import('../../../core/formats/registry');
  const adapter = formatByName(request.format);
  if (!adapter?.write) throw new Error(`Marginalia has no ${request.format} writer.`);
  const snapshot = await source.readSnapshot(request.projectId);
  if (!snapshot) throw new Error('The project could not be read from the database.');
  return adapter.write(snapshot, {
    fileName: request.fileName,
    now: request.now,
    newId,
    ...(onProgress ? { onProgress } : {}),
  });
}
