import { agreementTable, type AgreementRow } from '../../core/agreement/agreement-table';
import { agreementByDocument } from '../../core/agreement/per-document';
import type { MeasureName, MeasureOptions } from '../../core/agreement/measures';
import type { AgreementUnit } from '../../core/agreement/text-units';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import type { CliIo } from '../command';
import { fail, readText } from './agreement-io';
import { formatTable, resultJson } from './agreement-output';
import { printToolFigures, type Tool } from './agreement-tools';
import { parseExchangeFile } from '../../core/exchange';

/** An exchange file read into a snapshot, or the problems that stopped it, one per line. */
export type SnapshotFile = { ok: true; snapshot: ProjectSnapshot } | { ok: false; message: string };

/**
 * Reads a native exchange file (validated by `parseExchangeFile`) into the snapshot the
 * agreement table reads. The file carries no purge tombstones, so `purged` is empty.
 */
export function readExchangeSnapshot(fileName: string, text: string): SnapshotFile {
  const parsed = parseExchangeFile(fileName, text);
  if (!parsed.ok)
    return {
      ok: false,
      message: parsed.problems
        .map(
          (p) =>
            `${fileName}: ${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`,
        )
        .join('\n'),
    };
  const { project, coders, documents, codes, annotations } = parsed.data;
  return { ok: true, snapshot: { project, coders, documents, codes, annotations, purged: [] } };
}

/**
 * Turns names or ids given on the command line (`--coders Ann,Bob`) into ids: each token is an
 * id, or else the one record with that name. Unknown or ambiguous names are errors naming them.
 */
export function resolveNames(
  tokens: readonly string[],
  records: readonly { id: string; name: string }[],
  kind: string,
): { ok: true; ids: string[] } | { ok: false; message: string } {
  const ids: string[] = [];
  for (const token of tokens) {
    if (records.some((r) => r.id === token)) {
      ids.push(token);
      continue;
    }
    const named = records.filter((r) => r.name === token);
    if (named.length === 1) ids.push((named[0] as { id: string }).id);
    else if (named.length === 0)
      return { ok: false, message: `no ${kind} with the id or name ${JSON.stringify(token)}` };
    else
      return {
        ok: false,
        message: `${named.length} ${kind}s are named ${JSON.stringify(token)}: give the id instead`,
      };
  }
  return { ok: true, ids };
}

/** `marginalia agreement FILE`: the agreement table (or a QDA tool's figures) of an exchange file. */
export async function runOnFile(
  io: CliIo,
  file: string,
  measures: MeasureName[],
  options: MeasureOptions,
  json: boolean,
  choice: {
    unit: AgreementUnit;
    tool?: Tool;
    threshold: number;
    perDocument?: boolean;
    coders?: string[];
    documents?: string[];
    codes?: string[];
  },
): Promise<number> {
  const text = await readText(io, file);
  if (text === null) return 1;
  const read = readExchangeSnapshot(file, text);
  if (!read.ok) return fail(io, read.message);
  const snapshot = read.snapshot;
  const coderRecords = [
    ...snapshot.coders,
    ...snapshot.annotations
      .filter((a) => !snapshot.coders.some((c) => c.id === a.createdBy))
      .map((a) => ({ id: a.createdBy, name: a.createdBy })),
  ];
  const resolved = {
    coderIds: choice.coders && resolveNames(choice.coders, coderRecords, 'coder'),
    documentIds: choice.documents && resolveNames(choice.documents, snapshot.documents, 'document'),
    codeIds: choice.codes && resolveNames(choice.codes, snapshot.codes, 'code'),
  };
  for (const r of Object.values(resolved)) if (r && !r.ok) return fail(io, `${file}: ${r.message}`);
  const ids = (r: typeof resolved.coderIds) => (r && r.ok ? r.ids : undefined);
  if (choice.tool)
    return printToolFigures(
      io,
      file,
      snapshot,
      choice.tool,
      {
        coderIds: ids(resolved.coderIds),
        documentIds: ids(resolved.documentIds),
        codeIds: ids(resolved.codeIds),
        threshold: choice.threshold,
      },
      json,
    );
  const selection = {
    unit: choice.unit,
    coderIds: ids(resolved.coderIds),
    documentIds: ids(resolved.documentIds),
    codeIds: ids(resolved.codeIds),
  };
  const tables = choice.perDocument
    ? agreementByDocument(snapshot, selection, measures, options).map((d) => ({
        document: { id: d.documentId, name: d.documentName },
        table: d.table,
      }))
    : [{ document: undefined, table: agreementTable(snapshot, selection, measures, options) }];
  if (json) {
    const out = tables.map(({ document, table }) => {
      const { rows, allCodes, ...rest } = table;
      const row = (r: AgreementRow) => ({
        id: r.codeId,
        name: r.codeName,
        usedBy: r.usedBy,
        results: r.results.map(resultJson),
      });
      return {
        file,
        ...(document ? { document } : {}),
        ...rest,
        codes: rows.map(row),
        allCodes: row(allCodes),
      };
    });
    io.stdout(`${JSON.stringify(choice.perDocument ? out : out[0], null, 2)}\n`);
  } else
    for (const { document, table } of tables)
      io.stdout(formatTable(document ? `${file}, ${document.name}` : file, table));
  return 0;
}
