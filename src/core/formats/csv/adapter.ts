import { provenanceWarnings } from '../../model/provenance';
import { snapshotFromCodebook } from '../native/codebook-snapshot';
import { FormatReadError, type FormatAdapter } from '../registry-types';
import { exportCodebookCsv, parseCodebookCsv } from './codebook-csv';
import { highlightsCsvAsW3c, isHighlightsCsv } from './highlights-csv';
import { exportSegmentsCsv } from './segments-csv';

/** Coded segments as CSV for R, pandas and Excel (with a BOM so Excel reads UTF-8). */
export const segmentsCsvAdapter: FormatAdapter = {
  name: 'csv',
  summary: 'coded segments as CSV (one row per segment and code), for R, pandas and Excel',
  extensions: ['.csv'],
  write(snapshot, context) {
    // A row is a segment and a code: "accept neither" decisions (no code) make no row.
    return {
      data: exportSegmentsCsv(snapshot, { bom: true, onProgress: context.onProgress }),
      warnings: provenanceWarnings(snapshot.annotations, 'CSV'),
    };
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

/**
 * Taguette's highlights CSV (`id,document,tag,content`), recognised by its header. Its rows are
 * quotes without positions, placed on a project's texts by `marginalia merge` (as W3C); read
 * alone it is refused with a message saying so, and `validate` lists its problems by row.
 */
export const highlightsCsvAdapter: FormatAdapter = {
  name: 'highlights-csv',
  summary: "Taguette's highlights CSV (id,document,tag,content); read into a project by merge",
  extensions: ['.csv'],
  sniff: (bytes) => isHighlightsCsv(new TextDecoder().decode(bytes.subarray(0, 64))),
  async read(_bytes, context) {
    throw new FormatReadError(context.fileName, [
      {
        path: '',
        message: `Taguette's highlights are placed on a project's texts by their quotes, so they are read into a project: marginalia merge PROJECT ${context.fileName} -o OUT.json`,
      },
    ]);
  },
  async validate(bytes, context) {
    const read = highlightsCsvAsW3c(context.fileName, new TextDecoder().decode(bytes));
    if (read.ok) return [];
    return read.problems.map((message) => ({
      path: '',
      message: withoutFileName(message, context.fileName),
    }));
  },
};

function withoutFileName(message: string, fileName: string): string {
  for (const lead of [`${fileName}: `, `${fileName}, `]) {
    if (message.startsWith(lead)) return message.slice(lead.length);
  }
  return message;
}
