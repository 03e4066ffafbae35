import { exportProject, parseExchangeFile } from '../../exchange';
import { FormatReadError, type FormatAdapter } from '../registry-types';
import { codebookAdapter, isCodebookJson, readCodebookJson } from './codebook-adapter';
import { exporterOf, snapshotFromExchange } from './snapshot-mapping';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** The native exchange file (versioned JSON, lossless): read, written and validated. */
export const nativeAdapter: FormatAdapter = {
  name: 'native',
  summary: 'Marginalia exchange file (JSON, lossless)',
  extensions: ['.json', '.marginalia'],
  sniff: (bytes) => /^\s*\{/.test(decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '')),
  async read(bytes, context) {
    // A codebook file is JSON too; read it as the codebook it is rather than refusing it.
    if (isCodebookJson(bytes)) return readCodebookJson(bytes, context);
    const parsed = parseExchangeFile(context.fileName, decode(bytes));
    if (!parsed.ok) throw new FormatReadError(context.fileName, parsed.problems);
    // A cycle of code parents (two coders' opposite moves, kept by a merge) is read with a warning.
    const notes = parsed.warnings.map((w) => w.message);
    return { snapshot: snapshotFromExchange(parsed.data), notes };
  },
  write(snapshot, context) {
    const data = exportProject(
      { ...snapshot, exportedBy: exporterOf(snapshot) },
      { includeTexts: true },
      context.now,
    );
    return { data, warnings: [] };
  },
  async validate(bytes, context) {
    if (isCodebookJson(bytes)) return codebookAdapter.validate!(bytes, context);
    const parsed = parseExchangeFile(context.fileName, decode(bytes));
    return parsed.ok ? [] : parsed.problems;
  },
};
