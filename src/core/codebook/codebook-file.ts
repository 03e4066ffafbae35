import { z } from 'zod';
import type { Code } from '../model/types';
import { codeCycleWarnings } from '../exchange/check-codes';
import { checkReferences, duplicateIdProblems } from '../exchange/check-references';
import { issueMessage, safeRecordId } from '../exchange/issue-message';
import { formatIssuePath } from '../exchange/issue-path';
import { readEnvelope } from '../exchange/read-envelope';
import type { ImportProblem } from '../exchange/problems';
import { byId, pickKeys } from '../exchange/record-order';
import { codeSchema } from '../exchange/schema';
import { tidyImportedCodes } from './tidy-imported-codes';

/** The `format` marker of a codebook file. */
export const CODEBOOK_FORMAT = 'marginalia-codebook';
/** The codebook file version this build reads and writes. */
export const CODEBOOK_VERSION = 1;

/** A codebook on its own, to reuse in another project or share with a team before coding. */
export const codebookFileSchema = z.strictObject({
  format: z.literal(CODEBOOK_FORMAT),
  version: z.literal(CODEBOOK_VERSION),
  codes: z.array(codeSchema),
});

/** A parsed codebook file. */
export type CodebookFile = z.infer<typeof codebookFileSchema>;

/**
 * The outcome of reading a codebook file: its codes with notes on what was changed to make them
 * fit (skipped deleted codes, hotkeys used twice; show them to the user), or every problem found.
 */
export type ParseCodebookResult =
  | { ok: true; fileName: string; codes: Code[]; notes: string[] }
  | { ok: false; fileName: string; problems: ImportProblem[] };

/**
 * A codebook file (native JSON) of the live codes, sorted by id with the schema's key order, so
 * the same codebook always gives the same bytes. Tombstoned codes are left out (a codebook file
 * is a template, not a sync format); a code whose parent is left out moves to the top level.
 */
export function exportCodebook(codes: readonly Code[]): string {
  const live = codes.filter((c) => !c.deleted);
  const liveIds = new Set(live.map((c) => c.id));
  const keys = Object.keys(codeSchema.shape);
  const file = {
    format: CODEBOOK_FORMAT,
    version: CODEBOOK_VERSION,
    codes: [...live]
      .sort(byId)
      .map((c) =>
        pickKeys(
          c.parentId !== null && !liveIds.has(c.parentId) ? { ...c, parentId: null } : c,
          keys,
        ),
      ),
  };
  const parsed = codebookFileSchema.safeParse(file);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 20)
      .map((i) => `${formatIssuePath(i.path)}: ${i.message}`)
      .join('; ');
    throw new Error(`Cannot export the codebook: invalid codes (${details})`);
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

/**
 * Reads a codebook file without trusting it: every problem is reported with its JSON path and
 * code id (invalid JSON with line and column, another format or version, invalid codes, duplicate
 * ids, missing parents, codes nested deeper than `MAX_CODE_DEPTH`), bad values
 * described by type and size rather than echoed. Deleted codes are skipped and duplicate hotkeys
 * resolved, with notes (see `tidyImportedCodes`); a parent cycle (two coders' opposite moves) is
 * read with a note naming its codes, as the exchange file is. Matching the codes to a project's codebook is
 * the caller's job.
 */
export function parseCodebookFile(fileName: string, jsonText: string): ParseCodebookResult {
  const fail = (problems: ImportProblem[]): ParseCodebookResult => ({
    ok: false,
    fileName,
    problems,
  });
  const read = readEnvelope(jsonText, {
    format: CODEBOOK_FORMAT,
    what: 'codebook file',
    versions: [CODEBOOK_VERSION],
  });
  if (!read.ok) return fail([read.problem]);
  const record = read.root;
  const problems: ImportProblem[] = [];
  const envelope = z
    .strictObject({ format: z.string(), version: z.number(), codes: z.array(z.unknown()) })
    .safeParse(record);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      problems.push({ path: formatIssuePath(issue.path), message: issueMessage(issue) });
    }
  }
  const codes: { index: number; record: Code }[] = [];
  const rows = Array.isArray(record.codes) ? record.codes : [];
  problems.push(...duplicateIdProblems('codes', rows));
  rows.forEach((row: unknown, index) => {
    const result = codeSchema.safeParse(row);
    if (result.success) {
      codes.push({ index, record: result.data });
      return;
    }
    const id = safeRecordId(row);
    for (const issue of result.error.issues) {
      problems.push({
        path: formatIssuePath(['codes', index, ...issue.path]),
        ...(id !== undefined ? { recordId: id } : {}),
        message: issueMessage(issue),
      });
    }
  });
  problems.push(
    ...checkReferences({ project: null, coders: [], documents: [], codes, annotations: [] }),
  );
  if (problems.length > 0) return fail(problems);
  const tidied = tidyImportedCodes(codes.map((c) => c.record));
  const cycles = codeCycleWarnings(codes).map((w) => w.message);
  return { ok: true, fileName, codes: tidied.codes, notes: [...cycles, ...tidied.notes] };
}
