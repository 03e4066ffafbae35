import { exportProject, type ExportOptions } from '../../../../core/exchange';
import type { Workbench } from '../../state/workbench';

/** A file name that is safe on every platform, from a project name and a date. */
export function exportFileName(projectName: string, now: Date): string {
  const safe =
    projectName
      .replace(/[^\p{L}\p{N}._ -]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'project';
  return `${safe}-${now.toISOString().slice(0, 10)}.marginalia.json`;
}

/** Builds the exchange file text for the current project (or a subset of it). */
export async function buildExport(
  workbench: Workbench,
  options: ExportOptions,
): Promise<{ name: string; content: string }> {
  const projectId = workbench.state.projectId;
  if (!projectId) throw new Error('Open a project to export.');
  const data = await workbench.storage.loadProjectForExport(projectId);
  if (!data) throw new Error('The project could not be read from the database.');
  const coder = workbench.state.coder;
  if (!coder) throw new Error('Enter your name first: an export records who made it.');
  const now = new Date();
  const content = exportProject(
    { ...data, exportedBy: { coderId: coder.id, name: coder.name } },
    options,
    now.toISOString(),
  );
  return { name: exportFileName(data.project.name, now), content };
}
