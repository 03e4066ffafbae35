import { exportCodebook, parseCodebookFile } from '../../codebook/codebook-file';
import {
  FormatReadError,
  type FormatAdapter,
  type FormatReadResult,
  type FormatContext,
} from '../registry-types';
import { snapshotFromCodebook } from './codebook-snapshot';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** Whether JSON text is a native codebook file (its `format` comes first, as exported). */
export function isCodebookJson(bytes: Uint8Array): boolean {
  return /^\s*\{\s*"format"\s*:\s*"marginalia-codebook"/.test(
    decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, ''),
  );
}

/** Reads a native codebook file (e.g. resources/starter-codebook.json) as a codebook-only snapshot. */
export async function readCodebookJson(
  bytes: Uint8Array,
  context: FormatContext,
): Promise<FormatReadResult> {
  const parsed = parseCodebookFile(context.fileName, decode(bytes));
  if (!parsed.ok) throw new FormatReadError(context.fileName, parsed.problems);
  return { snapshot: snapshotFromCodebook(parsed.codes, context), notes: parsed.notes };
}

/** The native codebook file (JSON): the workbench's codebook Import and Export. */
export const codebookAdapter: FormatAdapter = {
  name: 'codebook',
  summary: 'Marginalia codebook file (JSON)',
  codebookOnly: true,
  extensions: ['.codebook.json'],
  sniff: isCodebookJson,
  read: readCodebookJson,
  write: (snapshot) => ({ data: exportCodebook(snapshot.codes), warnings: [] }),
  async validate(bytes, context) {
    const parsed = parseCodebookFile(context.fileName, decode(bytes));
    return parsed.ok ? [] : parsed.problems;
  },
};
