import { newId, nowIso } from '../../../core/ids/new-id';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type { LongWriteOptions } from '../../../core/repository/repository';
import type { ImportTarget } from './exchange-work';
import { landNewProject, type LandedProject } from './land-new-project';

/** A REFI-QDA file read for import: what will come in, or why it cannot. */
export type RefiPreview =
  | {
      ok: true;
      fileName: string;
      lines: string[];
      /** The records, only when asked for (the merge matches them on the UI thread). */
      snapshot?: ProjectSnapshot;
    }
  | { ok: false; fileName: string; lines: string[] };

/** A file read: the preview and, when it can come in, its records. */
type RefiRead = { preview: RefiPreview; snapshot: ProjectSnapshot | null };

/**
 * Reads a REFI-QDA project (`.qdpx` archive, bare `.qde`, or a `.qdc` codebook) into a snapshot
 * (fresh ids) and the lines that tell the user what will come in and what cannot (media sources,
 * sets, links, missing texts). The reader is loaded on first use, so it stays out of the
 * start-up bundle.
 */
async function readRefi(fileName: string, bytes: Uint8Array): Promise<RefiRead> {
  const [{ importRefiQda, formatImportReport, RefiQdaError }, { snapshotProblems }] =
    await Promise.all([
      import('../../../core/formats/refi-qda'),
      import('../../../core/exchange/snapshot-problems'),
    ]);
  const refused = (lines: string[]): RefiRead => ({
    preview: { ok: false, fileName, lines },
    snapshot: null,
  });
  try {
    const { snapshot, report } = await importRefiQda(bytes, fileName, { now: nowIso(), newId });
    const problems = snapshotProblems(snapshot);
    if (problems.length > 0) {
      return refused(
        problems
          .slice(0, 20)
          .map((p) => `${p.path}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`),
      );
    }
    if (snapshot.documents.length === 0 && snapshot.codes.length === 0)
      return refused(['The file holds no text document and no code to import.']);
    return { preview: { ok: true, fileName, lines: formatImportReport(report) }, snapshot };
  } catch (error) {
    if (error instanceof RefiQdaError) return refused([error.problem]);
    throw error;
  }
}

/**
 * What a REFI-QDA file will bring in, or why it cannot; nothing is written. The records come
 * back only `withSnapshot` (for the merge): the preview alone never copies them to the caller.
 */
export async function previewRefiFile(
  fileName: string,
  bytes: Uint8Array,
  options: { withSnapshot?: boolean } = {},
): Promise<RefiPreview> {
  const { preview, snapshot } = await readRefi(fileName, bytes);
  return preview.ok && options.withSnapshot && snapshot ? { ...preview, snapshot } : preview;
}

/**
 * Reads a REFI-QDA file and writes it as a new project, all where it runs (the exchange
 * worker: the records never reach the UI thread), through the staged write (whole or nothing,
 * progress, cancel). A file that cannot come in is refused with the preview's first lines.
 */
export async function importRefiFile(
  fileName: string,
  bytes: Uint8Array,
  target: Pick<ImportTarget, 'writeProjectStaged'>,
  options: LongWriteOptions = {},
): Promise<LandedProject> {
  const { preview, snapshot } = await readRefi(fileName, bytes);
  if (!snapshot) throw new Error(preview.lines.slice(0, 3).join(' '));
  options.signal?.throwIfAborted();
  return landNewProject(snapshot, target, options);
}
