import { nowIso } from '../../../../core/ids/new-id';
import type { FormatExport } from '../../platform/export-format-work';
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
  /** The name's ending: the format's first (checked against the registry in a test). */
  extension: string;
}

/** What "Export as" offers, in the order of the menu. */
export const EXPORT_FORMATS: readonly ExportFormatChoice[] = [
  {
    format: 'qdpx',
    label: 'Export as REFI-QDA project (.qdpx)…',
    mime: 'application/zip',
    extension: '.qdpx',
  },
  {
    format: 'qdc',
    label: 'Export codebook as REFI-QDA (.qdc)…',
    mime: 'application/xml',
    extension: '.qdc',
  },
  { format: 'csv', label: 'Export coded segments as CSV…', mime: 'text/csv', extension: '.csv' },
  {
    format: 'xlsx',
    label: 'Export coded segments as Excel (.xlsx)…',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: '.xlsx',
  },
  {
    format: 'codebook-csv',
    label: 'Export codebook as CSV…',
    mime: 'text/csv',
    extension: '.codebook.csv',
  },
  {
    format: 'w3c',
    label: 'Export as W3C Web Annotations (JSON-LD)…',
    mime: 'application/ld+json',
    extension: '.w3c.json',
  },
];

/**
 * Writes the open project in another tool's format (REFI-QDA for ATLAS.ti, MAXQDA, NVivo and
 * QualCoder; CSV and Excel for R, pandas and spreadsheets; W3C JSON-LD for web annotation
 * tools) and saves it; what the format could not carry is shown as a warning. The exchange
 * worker reads the project and writes the file itself, so 100,000 annotations never reach the UI
 * thread; the status bar shows how many documents it has written, with a Cancel that answers at
 * once (the worker is stopped; nothing is saved).
 */
export async function exportAs(
  workbench: Pick<
    Workbench,
    'state' | 'storage' | 'platform' | 'notify' | 'fail' | 'store' | 'cancellable'
  >,
  choice: ExportFormatChoice,
): Promise<void> {
  const projectId = workbench.state.projectId;
  if (!projectId) return workbench.fail('Nothing to export', new Error('Open a project first.'));
  const project = workbench.state.projects.find((p) => p.id === projectId);
  const fileName = exportFileName(project?.name ?? 'project', new Date(), choice.extension);
  let written: FormatExport | null = null;
  await workbench.cancellable(async (signal) => {
    workbench.store.set({ progress: { label: 'Reading the project', done: 0, total: 0 } });
    try {
      written = await workbench.platform.exchange.exportFormat(
        { projectId, format: choice.format, fileName, now: nowIso() },
        workbench.storage,
        {
          signal,
          onProgress: (done, total) =>
            workbench.store.set({ progress: { label: 'Exporting documents', done, total } }),
        },
      );
    } catch (error) {
      if (!signal.aborted) workbench.fail(`Could not export as ${choice.format}`, error);
    }
  });
  // Assigned inside the callback, which control-flow analysis does not follow.
  const file = written as FormatExport | null;
  if (!file) return;
  try {
    const saved = await workbench.platform.saveFile(fileName, file.data, choice.mime);
    if (!saved) return;
    workbench.notify(notice('info', `Exported ${fileName}`));
    if (file.warnings.length > 0) {
      workbench.notify(notice('warning', `Not carried over to ${fileName}`, file.warnings));
    }
  } catch (error) {
    workbench.fail(`Could not save ${fileName}`, error);
  }
}
