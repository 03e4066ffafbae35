import { newId, nowIso } from '../../../../core/ids/new-id';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';

/** A REFI-QDA file read for import: what will come in, or why it cannot. */
export type RefiPreview =
  | { ok: true; fileName: string; snapshot: ProjectSnapshot; lines: string[] }
  | { ok: false; fileName: string; lines: string[] };

/**
 * Reads a REFI-QDA project (`.qdpx` archive, bare `.qde`, or a `.qdc` codebook) into a snapshot and the
 * lines that tell the user what will come in and what cannot (media sources, sets, links,
 * missing texts). Nothing is written: the user sees this first and then proceeds or cancels.
 * The reader is loaded on first use, so it stays out of the start-up bundle.
 */
export async function readRefiForImport(fileName: string, bytes: Uint8Array): Promise<RefiPreview> {
  const [{ importRefiQda, formatImportReport, RefiQdaError }, { snapshotProblems }] =
    await Promise.all([
      import('../../../../core/formats/refi-qda'),
      import('../../../../core/exchange/snapshot-problems'),
    ]);
  try {
    const { snapshot, report } = await importRefiQda(bytes, fileName, { now: nowIso(), newId });
    const problems = snapshotProblems(snapshot);
    if (problems.length > 0) {
      return {
        ok: false,
        fileName,
        lines: problems
          .slice(0, 20)
          .map((p) => `${p.path}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`),
      };
    }
    if (snapshot.documents.length === 0 && snapshot.codes.length === 0) {
      return {
        ok: false,
        fileName,
        lines: ['The file holds no text document and no code to import.'],
      };
    }
    return { ok: true, fileName, snapshot, lines: formatImportReport(report) };
  } catch (error) {
    if (error instanceof RefiQdaError) return { ok: false, fileName, lines: [error.problem] };
    throw error;
  }
}
