import { codebookCsvAdapter, highlightsCsvAdapter, segmentsCsvAdapter } from './csv/adapter';
import { htmlPageAdapter } from './html/html-page-adapter';
import { codebookAdapter } from './native/codebook-adapter';
import { documentAdapter } from './native/document-adapter';
import { nativeAdapter } from './native/native-adapter';
import { qdcAdapter, qdpxAdapter } from './refi-qda/adapters';
import type { FormatAdapter } from './registry-types';
import { w3cAdapter } from './w3c/adapter';
import { xlsxAdapter } from './xlsx/adapter';

export type { FormatAdapter } from './registry-types';

/**
 * Every format Marginalia reads or writes, in the order a file of unknown type is sniffed.
 * CSV and XLSX are written only; a codebook CSV is read too; a W3C file and Taguette's
 * highlights CSV are read into a project (the workbench's import, `marginalia merge`), since
 * placing them needs the project's texts; an HTML page is read as a project of its text.
 */
export const FORMATS: readonly FormatAdapter[] = [
  codebookAdapter,
  nativeAdapter,
  qdpxAdapter,
  qdcAdapter,
  w3cAdapter,
  codebookCsvAdapter,
  segmentsCsvAdapter,
  highlightsCsvAdapter,
  xlsxAdapter,
  documentAdapter,
  htmlPageAdapter,
];

/** The format called `name` (as typed after `--to`), if any. */
export function formatByName(name: string, formats = FORMATS): FormatAdapter | undefined {
  return formats.find((f) => f.name === name.toLowerCase());
}

/** The format a path names by its extension (the longest matching one wins), if any. */
export function formatByPath(path: string, formats = FORMATS): FormatAdapter | undefined {
  const lower = path.toLowerCase();
  let best: { format: FormatAdapter; length: number } | undefined;
  for (const format of formats) {
    for (const ext of format.extensions) {
      if (lower.endsWith(ext) && (!best || ext.length > best.length))
        best = { format, length: ext.length };
    }
  }
  return best?.format;
}

/**
 * The format to read a file with: by its extension, else by its first bytes (a `.xml` or
 * extension-less file may still be a REFI-QDA project).
 */
export function formatForReading(
  path: string,
  bytes: Uint8Array,
  formats = FORMATS,
): FormatAdapter | undefined {
  const byPath = formatByPath(path, formats);
  if (byPath?.read) return byPath;
  return formats.find((f) => f.read && f.sniff?.(bytes));
}
