import { FormatReadError, type FormatAdapter, type FormatContext } from '../registry-types';
import { checkRefiQda } from './check-export';
import { exportQdpx } from './export-qdpx';
import { importRefiQda } from './import-refi';
import { formatImportReport } from './import-report';
import { RefiQdaError } from './refi-error';
import { writeQdc } from './write-qdc';
import { writeQde } from './write-qde';

/** Runs a REFI-QDA step, turning a refusal into the registry's error type. */
async function guarded<T>(fileName: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof RefiQdaError)
      throw new FormatReadError(fileName, [{ path: '', message: e.problem }]);
    throw e;
  }
}

async function read(bytes: Uint8Array, context: FormatContext) {
  return guarded(context.fileName, async () => {
    const { snapshot, report } = await importRefiQda(bytes, context.fileName, context);
    return { snapshot, notes: formatImportReport(report) };
  });
}

async function validate(bytes: Uint8Array, context: FormatContext) {
  try {
    const problems = checkRefiQda(bytes, context.fileName, { texts: false });
    // Ranges and quotes are checked as the import reads them, with each source's convention.
    const { report } = await importRefiQda(bytes, context.fileName, context);
    return [
      ...problems.map((p) => ({
        path: p.path,
        ...(p.guid ? { recordId: p.guid } : {}),
        message: p.message,
      })),
      ...report.defects.map((message) => ({ path: '', message })),
    ];
  } catch (e) {
    if (e instanceof RefiQdaError) return [{ path: '', message: e.problem }];
    throw e;
  }
}

const looksLikeXml = (bytes: Uint8Array) =>
  /^(\uFEFF)?\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64)));

/** REFI-QDA projects: `.qdpx` archives (read and written) and bare `.qde` files (read). */
export const qdpxAdapter: FormatAdapter = {
  name: 'qdpx',
  summary:
    'REFI-QDA project (.qdpx archive, or bare .qde with the texts inside) for ATLAS.ti, MAXQDA, NVivo, QualCoder',
  extensions: ['.qdpx', '.qde'],
  sniff: (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b,
  read,
  write(snapshot, context) {
    // A bare .qde has no archive for the texts, so they go inside it.
    if (context.fileName.toLowerCase().endsWith('.qde')) {
      const { qde, warnings } = writeQde(snapshot, {
        inlineTexts: true,
        onProgress: context.onProgress,
      });
      return { data: qde, warnings };
    }
    const { bytes, warnings } = exportQdpx(snapshot, context.onProgress);
    return { data: bytes, warnings };
  },
  validate,
};

/** REFI-QDA codebooks (`.qdc`). */
export const qdcAdapter: FormatAdapter = {
  name: 'qdc',
  summary: 'REFI-QDA codebook (.qdc)',
  codebookOnly: true,
  extensions: ['.qdc'],
  sniff: looksLikeXml,
  read,
  write(snapshot, context) {
    try {
      return { data: writeQdc(snapshot, context.fileName), warnings: [] };
    } catch (e) {
      if (e instanceof RefiQdaError)
        throw new FormatReadError(context.fileName, [{ path: '', message: e.problem }]);
      throw e;
    }
  },
  validate,
};
