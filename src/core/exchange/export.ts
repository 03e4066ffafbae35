import type { Annotation, Code, Coder, CorpusDocument, Id, Project } from '../model/types';
import { byId, pickKeys } from './record-order';
import {
  annotationSchema,
  blockSchema,
  codeSchema,
  coderSchema,
  documentSchema,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeFileSchema,
  markSchema,
  projectSchema,
  type ExchangeDocument,
  type ExchangeFile,
} from './schema';
import { formatIssuePath } from './issue-path';

/** What an export is made from: a project's records (a parsed exchange file also fits). */
export interface ExportInput {
  exportedBy: { coderId: Id; name: string };
  project: Project;
  coders: Coder[];
  documents: (CorpusDocument | ExchangeDocument)[];
  codes: Code[];
  annotations: Annotation[];
}

/** What to put in an export. */
export interface ExportOptions {
  /** Include each document's canonical text (false: only hashes, for sharing codings alone). */
  includeTexts: boolean;
  /** Only these documents (and their annotations). */
  documentIds?: Id[];
  /** Only these codes (plus their ancestors, so the tree stays whole). */
  codeIds?: Id[];
  /** Only annotations created by these coders. */
  coderIds?: Id[];
}

/**
 * The records a subset export keeps:
 * - documents: the chosen ones (all when `documentIds` is absent);
 * - codes: the chosen ones plus their ancestors, so every exported code's parent is exported;
 * - annotations: on a chosen document, created by a chosen coder, and, when `codeIds` is given,
 *   with their `codeIds` reduced to the chosen codes (ancestors pulled in only for the tree do
 *   not count); an annotation left with no code is dropped;
 * - coders and the project: always all (they are small, and every record's stamps refer to them).
 * Tombstones are kept like any other record.
 */
export function selectForExport(data: ExportInput, options: ExportOptions): ExportInput {
  const docIds = options.documentIds && new Set(options.documentIds);
  const chosenCodes = options.codeIds && new Set(options.codeIds);
  const coderIds = options.coderIds && new Set(options.coderIds);

  let codes = data.codes;
  if (chosenCodes) {
    const byCodeId = new Map(data.codes.map((c) => [c.id, c]));
    const keep = new Set<Id>();
    for (const id of chosenCodes) {
      for (let c = byCodeId.get(id); c && !keep.has(c.id); c = byCodeId.get(c.parentId ?? '')) {
        keep.add(c.id);
      }
    }
    codes = data.codes.filter((c) => keep.has(c.id));
  }
  const documents = docIds ? data.documents.filter((d) => docIds.has(d.id)) : data.documents;
  const annotations: Annotation[] = [];
  for (const a of data.annotations) {
    if (docIds && !docIds.has(a.documentId)) continue;
    if (coderIds && !coderIds.has(a.createdBy)) continue;
    if (chosenCodes) {
      const kept = a.codeIds.filter((id) => chosenCodes.has(id));
      if (kept.length === 0) continue;
      annotations.push(kept.length === a.codeIds.length ? a : { ...a, codeIds: kept });
    } else {
      annotations.push(a);
    }
  }
  return { ...data, codes, documents, annotations };
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);

/** Builds the exchange file object: schema key order, records sorted by id. */
export function toExchangeFile(
  data: ExportInput,
  includeTexts: boolean,
  now: string,
): ExchangeFile {
  const documentKeys = keysOf(documentSchema).filter((k) => includeTexts || k !== 'text');
  const file = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: now,
    exportedBy: { coderId: data.exportedBy.coderId, name: data.exportedBy.name },
    project: pickKeys(data.project, keysOf(projectSchema)),
    coders: [...data.coders].sort(byId).map((c) => pickKeys(c, keysOf(coderSchema))),
    documents: [...data.documents].sort(byId).map((d) => ({
      ...pickKeys(d, documentKeys),
      blocks: d.blocks.map((b) => pickKeys(b, keysOf(blockSchema))),
      marks: d.marks.map((m) => pickKeys(m, keysOf(markSchema))),
    })),
    codes: [...data.codes].sort(byId).map((c) => pickKeys(c, keysOf(codeSchema))),
    annotations: [...data.annotations].sort(byId).map((a) => pickKeys(a, keysOf(annotationSchema))),
  };
  // Validating on the way out catches a bad record here rather than in a teammate's import.
  const parsed = exchangeFileSchema.safeParse(file);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 20)
      .map((i) => `${formatIssuePath(i.path)}: ${i.message}`)
      .join('; ');
    throw new Error(`Cannot export: the project has invalid records (${details})`);
  }
  return parsed.data;
}

/**
 * The native exchange file of a project, as text. Deterministic: the same records give the same
 * bytes (schema key order, records sorted by id, 2-space indent, trailing newline), so exporting
 * an imported file again differs only in `exportedAt`, and files diff well under version control.
 */
export function exportProject(data: ExportInput, options: ExportOptions, now: string): string {
  const file = toExchangeFile(selectForExport(data, options), options.includeTexts, now);
  return `${JSON.stringify(file, null, 2)}\n`;
}
