import { z } from 'zod';

// The renderer's Content-Security-Policy has no 'unsafe-eval'; zod's JIT compiles validators
// with `new Function`, so turn it off once, before any schema is used.
z.config({ jitless: true });

/** The `format` marker of a native project exchange file. */
export const EXCHANGE_FORMAT = 'marginalia-exchange';
/**
 * The exchange format version this build writes. Version 2 added revision histories (`rev`,
 * `revs`), purge tombstones (`purged`) and unresolved merge `conflicts`; version 3 added an
 * annotation's `derivedFrom` (a consensus annotation's provenance). Older files are still read
 * (see `READABLE_EXCHANGE_VERSIONS`); a version 2 reader refuses a version 3 file by its version
 * rather than by an unknown field.
 */
export const EXCHANGE_VERSION = 3;
/** Every exchange format version this build reads; older ones are upgraded on reading. */
export const READABLE_EXCHANGE_VERSIONS: readonly number[] = [1, 2, 3];

/** Record ids: UUIDv7 when Marginalia made them, but any non-empty string is accepted. */
export const idSchema = z.string().min(1).max(200);
/** ISO 8601 timestamps in UTC, e.g. `2026-11-24T03:05:00.000Z`. */
export const timestampSchema = z.iso.datetime();
const offset = z.number().int().nonnegative();

/** A revision id, `GENERATION-HASH` (see src/core/model/revision.ts). */
export const revisionSchema = z
  .string()
  .regex(/^[0-9]+-[0-9a-z]{1,64}$/, 'Expected a revision id like 3-0f1e2d3c4b5a6978');

/**
 * Fields every exchangeable record has (who made it, when, tombstone, and since version 2 its
 * revision and recent ancestors, absent on records never edited since version 1).
 */
export const stampedShape = {
  id: idSchema,
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedBy: idSchema,
  updatedAt: timestampSchema,
  deleted: z.boolean(),
  rev: revisionSchema.optional(),
  revs: z.array(revisionSchema).max(1000).optional(),
};

/** A coder (person who codes). */
export const coderSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  createdAt: timestampSchema,
});

/** The project record. */
export const projectSchema = z.strictObject({
  ...stampedShape,
  name: z.string(),
  memo: z.string(),
});

/** A block (paragraph, heading, ...) of a document's canonical text. */
export const blockSchema = z.strictObject({
  kind: z.enum(['heading', 'paragraph', 'list-item', 'block-quote', 'rule']),
  start: offset,
  end: offset,
  level: z.number().int().min(0).max(64).optional(),
});

/** An inline mark (emphasis, ...) over the canonical text. */
export const markSchema = z.strictObject({
  kind: z.enum(['emphasis', 'strong', 'superscript']),
  start: offset,
  end: offset,
});

/**
 * A document. `text` (the canonical text) is optional: a file exported without texts still
 * carries every annotation and the content hash, so the receiver matches its own copy of the
 * document by hash.
 */
export const documentSchema = z.strictObject({
  ...stampedShape,
  projectId: idSchema,
  name: z.string(),
  format: z.enum(['txt', 'md']),
  text: z.string().optional(),
  blocks: z.array(blockSchema),
  marks: z.array(markSchema),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'Expected a lower-case hex SHA-256'),
  byteSize: z.number().int().nonnegative(),
  charCount: z.number().int().nonnegative(),
  encoding: z.string().min(1),
  encodingFallback: z.boolean(),
  sourcePath: z.string().optional(),
  importedAt: timestampSchema,
  memo: z.string(),
  /** REFI-QDA variables and other tools' document attributes: name → value as text. */
  attributes: z.record(z.string().min(1).max(1_000), z.string().max(100_000)).optional(),
});

/** A code of the hierarchical codebook. */
export const codeSchema = z.strictObject({
  ...stampedShape,
  projectId: idSchema,
  parentId: idSchema.nullable(),
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'Expected a colour like #4e79a7'),
  description: z.string(),
  hotkey: z.string().min(1).max(20).nullable(),
  order: z.number().finite(),
  memo: z.string(),
});

/** A coded segment of a document. Offsets are UTF-16 code units, end-exclusive. */
export const annotationSchema = z.strictObject({
  ...stampedShape,
  projectId: idSchema,
  documentId: idSchema,
  start: offset,
  end: offset,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  codeIds: z.array(idSchema),
  memo: z.string(),
  /** Since version 3: the annotations a consensus annotation was adjudicated from. */
  derivedFrom: z.array(idSchema).min(1).max(10_000).optional(),
});

/** The kinds of record a purge tombstone or a conflict names. */
export const recordKindSchema = z.enum(['project', 'document', 'code', 'annotation']);

/** What is left of a purged record (emptied from the trash): so no merge brings it back. */
export const purgedSchema = z.strictObject({
  kind: recordKindSchema,
  id: idSchema,
  projectId: idSchema,
  purgedBy: idSchema,
  purgedAt: timestampSchema,
});

/**
 * A version of a record that lost a merge to a concurrent edit, kept until someone resolves it.
 * A document version is exchanged without its text.
 */
export const conflictSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project'), record: projectSchema }),
  z.strictObject({ kind: z.literal('document'), record: documentSchema }),
  z.strictObject({ kind: z.literal('code'), record: codeSchema }),
  z.strictObject({ kind: z.literal('annotation'), record: annotationSchema }),
]);

/** Who made the export. */
export const exportedBySchema = z.strictObject({ coderId: idSchema, name: z.string() });

/**
 * The native exchange file: a whole project (or a subset of it) with every record, tombstones
 * included, so that merging two coders' files can tell a deletion from an absence.
 */
export const exchangeFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: timestampSchema,
  exportedBy: exportedBySchema,
  project: projectSchema,
  coders: z.array(coderSchema),
  documents: z.array(documentSchema),
  codes: z.array(codeSchema),
  annotations: z.array(annotationSchema),
  purged: z.array(purgedSchema),
  conflicts: z.array(conflictSchema),
});

/** A document as exchanged: the stored document, with the text possibly left out. */
export type ExchangeDocument = z.infer<typeof documentSchema>;
/** A parsed, validated exchange file. */
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

/**
 * The JSON Schema of the exchange file, published as docs/exchange-schema.json so other tools can
 * validate what they read and write. Shared pieces go to `$defs` (a local registry, not zod's
 * global one, so loading this module twice cannot clash).
 */
export function exchangeJsonSchema(): object {
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  registry.add(exchangeFileSchema, {
    title: 'Marginalia project exchange file',
    description: `Version ${EXCHANGE_VERSION} of the native exchange format of Marginalia. See docs/exchange-format.md.`,
  });
  registry.add(idSchema, { id: 'Id', description: 'Record id (UUIDv7 when made by Marginalia)' });
  registry.add(timestampSchema, { id: 'Timestamp', description: 'ISO 8601 UTC timestamp' });
  registry.add(coderSchema, { id: 'Coder' });
  registry.add(projectSchema, { id: 'Project' });
  registry.add(blockSchema, { id: 'Block' });
  registry.add(markSchema, { id: 'Mark' });
  registry.add(documentSchema, { id: 'Document' });
  registry.add(codeSchema, { id: 'Code' });
  registry.add(annotationSchema, { id: 'Annotation' });
  registry.add(revisionSchema, { id: 'Revision', description: 'Revision id, GENERATION-HASH' });
  registry.add(purgedSchema, { id: 'Purged' });
  registry.add(conflictSchema, { id: 'Conflict' });
  return z.toJSONSchema(exchangeFileSchema, { target: 'draft-2020-12', metadata: registry });
}
