import type { RecordConflict } from '../model/conflict';
import { versionId } from '../model/revision';
import type { ProjectSnapshot, PurgedRecord } from '../model/snapshot';
import type { Annotation, Id } from '../model/types';
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
  purgedSchema,
  type ExchangeFile,
} from './schema';
import { formatIssuePath } from './issue-path';
import { jsonParts, recordsIn } from './json-parts';

/** Who writes an export (recorded in the file, so a teammate sees whose file they merge). */
export interface ExportedBy {
  coderId: Id;
  name: string;
}

/**
 * What an export is made from: a project snapshot (a parsed exchange file also fits) and who
 * exports it. `purged` is optional so stores that keep no purge tombstones yet can export.
 */
export type ExportInput = Omit<ProjectSnapshot, 'purged'> & {
  exportedBy: ExportedBy;
  purged?: PurgedRecord[];
};

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
  // Conflicts travel with the records they belong to; purge tombstones always travel (they are
  // tiny, and a subset file must not bring a record back in a teammate's project either).
  const kept = new Set([
    `project:${data.project.id}`,
    ...documents.map((d) => `document:${d.id}`),
    ...codes.map((c) => `code:${c.id}`),
    ...annotations.map((a) => `annotation:${a.id}`),
  ]);
  const conflicts = (data.conflicts ?? []).filter((c) => kept.has(`${c.kind}:${c.record.id}`));
  return { ...data, codes, documents, annotations, conflicts };
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byKindAndId = (a: PurgedRecord, b: PurgedRecord) =>
  compare(a.kind, b.kind) || compare(a.id, b.id);
const byConflict = (a: RecordConflict, b: RecordConflict) =>
  compare(a.kind, b.kind) ||
  compare(a.record.id, b.record.id) ||
  compare(versionId(a.record), versionId(b.record));

const recordKeys = {
  project: keysOf(projectSchema),
  document: keysOf(documentSchema).filter((k) => k !== 'text'),
  code: keysOf(codeSchema),
  annotation: keysOf(annotationSchema),
};

/** A conflict as written: schema key order; a document version without its text. */
function exportConflict(c: RecordConflict): { kind: string; record: Record<string, unknown> } {
  const record = pickKeys(c.record, recordKeys[c.kind]);
  if (c.kind === 'document') {
    record.blocks = c.record.blocks.map((b) => pickKeys(b, keysOf(blockSchema)));
    record.marks = c.record.marks.map((m) => pickKeys(m, keysOf(markSchema)));
  }
  return { kind: c.kind, record };
}

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
    purged: [...(data.purged ?? [])]
      .sort(byKindAndId)
      .map((p) => pickKeys(p, keysOf(purgedSchema))),
    conflicts: [...(data.conflicts ?? [])].sort(byConflict).map(exportConflict),
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

/**
 * `exportProject` as many small strings (join them, or hand them to a Blob), telling
 * `onProgress` how many records (documents, codes, annotations…) of how many it has written:
 * the exchange worker's export, so the workbench can show how far a long export has come and the
 * file is never held as one string.
 */
export function exportProjectParts(
  data: ExportInput,
  options: ExportOptions,
  now: string,
  onProgress?: (done: number, total: number) => void,
): string[] {
  const file = toExchangeFile(selectForExport(data, options), options.includeTexts, now);
  const total = recordsIn(file);
  onProgress?.(0, total);
  const parts = jsonParts(file, onProgress && ((done) => onProgress(done, total)));
  parts.push('\n');
  return parts;
}

/** `exportProject` for a snapshot and who exports it: the shape merge, backup and the CLI hold. */
export function exportSnapshot(
  snapshot: ProjectSnapshot,
  exportedBy: ExportedBy,
  options: ExportOptions,
  now: string,
): string {
  return exportProject({ ...snapshot, exportedBy }, options, now);
}
