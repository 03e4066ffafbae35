import { newId, nowIso } from '../../../../core/ids/new-id';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';
import { exportFileName } from '../exchange/export-project';

/** A format the workbench exports to, as its menu offers it. */
export interface ExportFormatChoice {
  /** The format registry's name. */
  format: 'qdpx' | 'qdc' | 'csv' | 'codebook-csv' | 'xlsx' | 'w3c';
  /** The menu item. */
  label: string;
  /** The file's type, for the save dialog and downloads. */
  mime: string;
}

/** What "Export as" offers, in the order of the menu. */
export const EXPORT_FORMATS: readonly ExportFormatChoice[] = [
  { format: 'qdpx', label: 'Export as REFI-QDA project (.qdpx)…', mime: 'application/zip' },
  { format: 'qdc', label: 'Export codebook as REFI-QDA (.qdc)…', mime: 'application/xml' },
  { format: 'csv', label: 'Export coded segments as CSV…', mime: 'text/csv' },
  {
    format: 'xlsx',
    label: 'Export coded segments as Excel (.xlsx)…',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  { format: 'codebook-csv', label: 'Export codebook as CSV…', mime: 'text/csv' },
  { format: 'w3c', label: 'Export as W3C Web Annotations (JSON-LD)…', mime: 'application/ld+json' },
];

/**
 * Writes the open project in another tool's format (REFI-QDA for ATLAS.ti, MAXQDA, NVivo and
 * QualCoder; CSV and Excel for R, pandas and spreadsheets; W3C JSON-LD for web annotation
 * tools) and saves it; what the format could not carry is shown as a warning.
 */
export async function exportAs(
  workbench: Pick<Workbench, 'state' | 'storage' | 'platform' | 'notify' | 'fail' | 'store'>,
  choice: ExportFormatChoice,
): Promise<void> {
  const projectId = workbench.state.projectId;
  if (!projectId) return workbench.fail('Nothing to export', new Error('Open a project first.'));
  // Loaded on first use: the writers (zip, XML, CSV, XLSX) stay out of the start-up bundle.
  const { formatByName } = await import('../../../../core/formats/registry');
  const adapter = formatByName(choice.format);
  if (!adapter?.write)
    return workbench.fail('Cannot export', new Error(`No ${choice.format} writer.`));
  workbench.store.set({ progress: { label: 'Exporting', done: 0, total: 1 } });
  try {
    const snapshot = await workbench.storage.readSnapshot(projectId);
    if (!snapshot) throw new Error('The project could not be read from the database.');
    const fileName = exportFileName(snapshot.project.name, new Date(), adapter.extensions[0]);
    const written = await adapter.write(snapshot, { fileName, now: nowIso(), newId });
    workbench.store.set({ progress: null });
    const saved = await workbench.platform.saveFile(fileName, written.data, choice.mime);
    if (!saved) return;
    workbench.notify(notice('info', `Exported ${fileName}`));
    if (written.warnings.length > 0) {
      workbench.notify(notice('warning', `Not carried over to ${fileName}`, written.warnings));
    }
  } catch (error) {
    workbench.fail(`Could not export as ${choice.format}`, error);
  } finally {
    workbench.store.set({ progress: null });
  }
}
