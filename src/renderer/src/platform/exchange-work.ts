import {
  exportProject,
  parseExchangeFile,
  verifyContentHashes,
  type ExportOptions,
  type ImportProblem,
} from '../../../core/exchange';
import type { ExchangeFile } from '../../../core/exchange';
import type { ProjectSnapshot } from '../../../core/model/snapshot';

/** What an export needs: the project, who exports it, what to include, when. */
export interface ExportRequest {
  snapshot: ProjectSnapshot;
  exportedBy: { coderId: string; name: string };
  options: ExportOptions;
  now: string;
}

/** An export of a stored project: read where the export is written (in the worker, if any). */
export type ProjectExportRequest = Omit<ExportRequest, 'snapshot'> & { projectId: string };

/** Where a project is read from for an export. */
export type SnapshotSource = {
  readSnapshot(projectId: string): Promise<ProjectSnapshot | undefined>;
};

/** Reads a stored project and writes its exchange file text. */
export async function exportStoredProject(
  source: SnapshotSource,
  request: ProjectExportRequest,
): Promise<string> {
  const snapshot = await source.readSnapshot(request.projectId);
  if (!snapshot) throw new Error('The project could not be read from the database.');
  const { projectId: _projectId, ...rest } = request;
  return writeExchangeText({ ...rest, snapshot });
}

/** A read exchange file: valid (every text matching its hash) or the problems, located. */
export type ReadExchangeResult =
  { ok: true; data: ExchangeFile } | { ok: false; problems: ImportProblem[] };

/** Writes the exchange file text (JSON) for a project: the long part of an export or a backup. */
export function writeExchangeText(request: ExportRequest): string {
  return exportProject(
    { ...request.snapshot, exportedBy: request.exportedBy },
    request.options,
    request.now,
  );
}

/** Parses and validates an exchange file, and checks each text against its content hash. */
export async function readExchangeText(
  fileName: string,
  text: string,
): Promise<ReadExchangeResult> {
  const parsed = parseExchangeFile(fileName, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const problems = await verifyContentHashes(parsed.data.documents);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data };
}
