import type { ExportOptions } from '../../../../core/exchange';
import { exchangeText, type ProgressListener } from '../../platform/exchange-work';
import type { Workbench } from '../../state/workbench';

/** A file name that is safe on every platform, from a project name and a date. */
export function exportFileName(
  projectName: string,
  now: Date,
  extension = '.marginalia.json',
): string {
  const safe =
    projectName
      .replace(/[^\p{L}\p{N}._ -]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'project';
  return `${safe}-${now.toISOString().slice(0, 10)}${extension}`;
}

/**
 * Builds the exchange file for the current project (or a subset of it), to save. The platform's
 * exchange worker reads the project (one consistent read) and writes the JSON itself, off the
 * UI thread, and hands it over as a Blob (the browser's worker) or text (on the calling thread):
 * save it as it is, so 70 MB are never copied or encoded on the UI thread. `onProgress` hears
 * how many records of how many the worker has written, a few times a second.
 */
export async function buildExportFile(
  workbench: Pick<Workbench, 'state' | 'storage' | 'platform'>,
  options: ExportOptions,
  signal?: AbortSignal,
  onProgress?: ProgressListener,
): Promise<{ name: string; content: string | Blob }> {
  const projectId = workbench.state.projectId;
  if (!projectId) throw new Error('Open a project to export.');
  const coder = workbench.state.coder;
  if (!coder) throw new Error('Enter your name first: an export records who made it.');
  const project = workbench.state.projects.find((p) => p.id === projectId);
  const now = new Date();
  const content = await workbench.platform.exchange.exportProject(
    {
      projectId,
      exportedBy: { coderId: coder.id, name: coder.name },
      options,
      now: now.toISOString(),
    },
    workbench.storage,
    signal,
    onProgress,
  );
  return { name: exportFileName(project?.name ?? 'project', now), content };
}

/** The same export as text, for callers that read it (tests, the consensus file). */
export async function buildExport(
  workbench: Pick<Workbench, 'state' | 'storage' | 'platform'>,
  options: ExportOptions,
  signal?: AbortSignal,
): Promise<{ name: string; content: string }> {
  const file = await buildExportFile(workbench, options, signal);
  return { name: file.name, content: await exchangeText(file.content) };
}
