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
