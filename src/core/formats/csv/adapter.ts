import type { FormatAdapter } from '../registry-types';
import { exportCodebookCsv } from './codebook-csv';
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
  write(snapshot) {
    return { data: exportCodebookCsv(snapshot.codes, ' > ', true), warnings: [] };
  },
};
