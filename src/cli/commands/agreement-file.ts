import type { ProjectSnapshot } from '../../core/model/snapshot';
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
