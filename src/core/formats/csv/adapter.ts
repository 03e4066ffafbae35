import { snapshotFromCodebook } from '../native/codebook-snapshot';
import { FormatReadError, type FormatAdapter } from '../registry-types';
import { exportCodebookCsv, parseCodebookCsv } from './codebook-csv';
import { exportSegmentsCsv } from './segments-csv';

/** Coded segments as CSV for R, pandas and Excel (with a BOM so Excel reads UTF-8). */
export const segmentsCsvAdapter: FormatAdapter = {
  name: 'csv',
  summary: 'coded segments as CSV (one row per segment and code), for R, pandas and Excel',
  extensions: ['.csv'],
  write(snapshot) {
    return { data: exportSegmentsCsv(snapshot, { bom: true }), warnings: [] };
  },
};

/** The codebook as CSV (path, colour, description, hotkey). */
export const codebookCsvAdapter: FormatAdapter = {
  name: 'codebook-csv',
  summary: 'the codebook as CSV: path ("A > B"), colour, description, hotkey',
  codebookOnly: true,
  extensions: ['.codebook.csv'],
  async read(bytes, context) {
    const parsed = parseCodebookCsv(context.fileName, new TextDecoder().decode(bytes), {
      projectId: context.newId(),
      coderId: context.newId(),
      now: context.now,
      newId: context.newId,
    });
    if (!parsed.ok) {
      throw new FormatReadError(
        context.fileName,
        // Each problem names the file already; the refusal names it once.
        parsed.problems.map((message) => ({
          path: '',
          message: withoutFileName(message, context.fileName),
        })),
      );
    }
    return { snapshot: snapshotFromCodebook(parsed.codes, context), notes: parsed.warnings };
  },
  write(snapshot) {
    return { data: exportCodebookCsv(snapshot.codes, ' > ', true), warnings: [] };
  },
};

function withoutFileName(message: string, fileName: string): string {
  for (const lead of [`${fileName}: `, `${fileName}, `]) {
    if (message.startsWith(lead)) return message.slice(lead.length);
  }
  return message;
}
