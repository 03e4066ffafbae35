import type { FormatAdapter } from '../registry-types';
import { exportSegmentsXlsx } from './segments-xlsx';

/** Coded segments, codes and documents as an Excel workbook. */
export const xlsxAdapter: FormatAdapter = {
  name: 'xlsx',
  summary: 'Excel workbook: sheets of coded segments, codes and documents',
  extensions: ['.xlsx'],
  async write(snapshot, context) {
    return { data: await exportSegmentsXlsx(snapshot, context.onProgress), warnings: [] };
  },
};
