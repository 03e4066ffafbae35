import { z } from 'zod';
import {
  checkReferences,
  duplicateIdProblems,
  type Located,
  type ValidRecords,
} from './check-references';
import { codeCycleWarnings } from './check-codes';
import { conflictProblems } from './check-conflicts';
import { issueMessage, safeRecordId } from './issue-message';
import { formatIssuePath } from './issue-path';
import { readEnvelope } from './read-envelope';
import type { ImportProblem } from './problems';
import {
  annotationSchema,
  codeSchema,
  coderSchema,
  documentSchema,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeFileSchema,
  READABLE_EXCHANGE_VERSIONS,
  type ExchangeFile,
} from './schema';

export type { ImportProblem } from './problems';

/** The outcome of reading an exchange file: its data, or every problem found in it. */
export type ParseExchangeResult =
  | {
      ok: true;
      fileName: string;
      data: ExchangeFile;
      /**
       * What the file may be read with but the user should know, located like problems: parent
       * cycles in its codebook (`codeCycleWarnings`). Empty for most files.
       */
      warnings: ImportProblem[];
    }
  | { ok: false; fileName: string; problems: ImportProblem[] };

/** The file's top level with the record lists left unchecked (they are checked one by one). */
const envelopeSchema = z.strictObject({
  ...exchangeFileSchema.shape,
  coders: z.array(z.unknown()),
  documents: z.array(z.unknown()),
  codes: z.array(z.unknown()),
  annotations: z.array(z.unknown()),
});

const recordSchemas = {
  coders: coderSchema,
  documents: documentSchema,
  codes: codeSchema,
  annotations: annotationSchema,
} as const;

type Table = keyof typeof recordSchemas;

/**
 * An older file read as the current version. Version 1: no purge tombstones and no conflicts
 * yet, and records without revisions (a merge treats their differing copies as concurrent, see
 * src/core/merge). Version 2: no annotation has `derivedFrom` yet, so nothing else changes.
 */
function upgradeOlder(root: Record<string, unknown>): Record<string, unknown> {
  if (root.format !== EXCHANGE_FORMAT) return root;
  if (root.version === 1) return { ...root, version: EXCHANGE_VERSION, purged: [], conflicts: [] };
  if (root.version === 2) return { ...root, version: EXCHANGE_VERSION };
  return root;
}

/**
 * Reads a native exchange file without trusting it, and reports every problem at once with its
 * location (JSON path, record id, and line/column for syntax errors): invalid JSON, another
 * format or version, records of the wrong shape, broken references between records, documents
 * the workbench could not show whole and annotations it could not anchor (see `checkReferences`
 * and `conflictProblems`); bad values are described by type and size, never echoed. Nothing is
 * returned unless the whole file is sound, so an import either lands whole or changes nothing.
 * A parent cycle in the codebook is not a problem but a warning (see `codeCycleWarnings`).
 * `fileName` is carried through for messages.
 */
export function parseExchangeFile(fileName: string, jsonText: string): ParseExchangeResult {
  const fail = (problems: ImportProblem[]): ParseExchangeResult => ({
    ok: false,
    fileName,
    problems,
  });
  const read = readEnvelope(jsonText, {
    format: EXCHANGE_FORMAT,
    what: 'exchange file',
    versions: READABLE_EXCHANGE_VERSIONS,
    upgrade: upgradeOlder,
  });
  if (!read.ok) return fail([read.problem]);
  const { root } = read;

  const problems: ImportProblem[] = [];
  const envelope = envelopeSchema.safeParse(root);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      // Issues inside the record lists are reported record by record below.
      if (
        typeof issue.path[0] === 'string' &&
        issue.path[0] in recordSchemas &&
        issue.path.length > 1
      )
        continue;
      const recordId = issue.path[0] === 'project' ? safeRecordId(root.project) : undefined;
      problems.push({
        path: formatIssuePath(issue.path),
        ...(recordId ? { recordId } : {}),
        message: issueMessage(issue),
      });
    }
  }

  const valid: ValidRecords = {
    project: envelope.success ? envelope.data.project : null,
    coders: [],
    documents: [],
    codes: [],
    annotations: [],
  };
  for (const table of Object.keys(recordSchemas) as Table[]) {
    const rows = root[table];
    if (!Array.isArray(rows)) continue;
    problems.push(...duplicateIdProblems(table, rows));
    const located = valid[table] as Located<unknown>[];
    rows.forEach((row: unknown, index) => {
      const result = recordSchemas[table].safeParse(row);
      if (result.success) {
        located.push({ index, record: result.data });
        return;
      }
      const recordId = safeRecordId(row);
      for (const issue of result.error.issues) {
        problems.push({
          path: formatIssuePath([table, index, ...issue.path]),
          ...(recordId ? { recordId } : {}),
          message: issueMessage(issue),
        });
      }
    });
  }
  problems.push(...checkReferences(valid));
  if (envelope.success) {
    const documents = new Map(valid.documents.map((r) => [r.record.id, r.record]));
    problems.push(...conflictProblems(envelope.data.conflicts, documents));
  }
  if (problems.length > 0 || !envelope.success) return fail(problems);
  return {
    ok: true,
    fileName,
    warnings: codeCycleWarnings(valid.codes),
    data: {
      ...envelope.data,
      coders: valid.coders.map((r) => r.record),
      documents: valid.documents.map((r) => r.record),
      codes: valid.codes.map((r) => r.record),
      annotations: valid.annotations.map((r) => r.record),
    },
  };
}
