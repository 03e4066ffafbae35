import type { CliCommand, CliIo } from '../command';
import { exportSnapshot } from '../../core/exchange/export';
import { parseExchangeFile } from '../../core/exchange/import';
import type { ExchangeFile } from '../../core/exchange/schema';
import { nowIso } from '../../core/ids/new-id';
import { mergeSnapshots } from '../../core/merge/merge-snapshots';
import type { MergeReport } from '../../core/merge/merge-result';
import { canonicalJson } from '../../core/model/revision';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import { parseCommandArgs } from '../parse-args';
import { mergeSummary } from '../../core/merge/merge-summary';
import { describeConflicts } from './merge-report-text';

/** Who the merged file says wrote it, unless `--coder` and `--name` say otherwise. */
const MERGED_BY = { coderId: 'marginalia-cli', name: 'marginalia merge' };

/** A file's content apart from when and by whom it was exported: the order inputs are merged in. */
function contentKey(file: ExchangeFile): string {
  return canonicalJson({ ...file, exportedAt: '', exportedBy: null });
}

function toSnapshot(file: ExchangeFile): ProjectSnapshot {
  const { format: _f, version: _v, exportedAt: _at, exportedBy: _by, ...snapshot } = file;
  return snapshot;
}

/**
 * `marginalia merge A B ... -o OUT`: merges coders' native exchange files into one, with the
 * same laws as importing them in the workbench. The inputs are merged in an order fixed by their
 * content, so the same files in any order give the same bytes (apart from `exportedAt` and
 * `exportedBy`); the first in that order lends the project its id where files name it differently.
 */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'Merge coders’ exchange files into one, keeping conflicts for review',
  help: `Usage: marginalia merge FILE FILE... -o OUT [--coder ID] [--name NAME]

Merges native exchange files (.json, version 1 or 2) of one project into OUT:
  - documents match by content hash, codes by id, then by path and name;
  - of two versions of a record, the one edited after seeing the other wins; concurrent edits
    keep the later one live and the other as a conflict in OUT (nothing is dropped);
  - deletions win over older edits and lose to newer ones; purged records stay purged.
A report per file goes to stderr: what it brought, and every conflict. The same files in any
order give the same OUT, apart from exportedAt and exportedBy (--coder, --name; default
"${MERGED_BY.name}").
Exit code 0 when OUT is written (conflicts included), 1 when a file cannot be read.

Examples:
  marginalia merge ada.json bob.json -o team.json
  marginalia merge team/*.marginalia.json -o merged.json --name "Ada Lovelace"
`,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      options: ['out', 'coder', 'name'],
      short: { o: 'out' },
    });
    if (!parsed.ok) return usage(io, parsed.message);
    if (parsed.values.help) return (void io.stdout(this.help), 0);
    const out = parsed.values.out;
    const inputs = parsed.positionals;
    if (typeof out !== 'string' || !out) return usage(io, 'expected -o OUT');
    if (inputs.length < 1) return usage(io, 'expected at least one FILE');
    const files: { path: string; file: ExchangeFile; key: string }[] = [];
    for (const path of inputs) {
      const read = await readExchange(path, io);
      if (!read) return 1;
      files.push({ path, file: read, key: contentKey(read) });
    }
    files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const [first, ...rest] = files;
    if (!first) return usage(io, 'expected at least one FILE');
    let merged: ProjectSnapshot = toSnapshot(first.file);
    // A single file is merged with itself, so its own stray versions settle the same way.
    for (const { path, file } of [first, ...rest]) {
      const result = mergeSnapshots(merged, toSnapshot(file));
      merged = result.snapshot;
      report(io, path, result.report);
    }
    const by = {
      coderId: typeof parsed.values.coder === 'string' ? parsed.values.coder : MERGED_BY.coderId,
      name: typeof parsed.values.name === 'string' ? parsed.values.name : MERGED_BY.name,
    };
    const text = exportSnapshot(merged, by, { includeTexts: true }, nowIso());
    await io.writeFile(out, text);
    const open = merged.conflicts ?? [];
    io.stderr(
      `Wrote ${out}: ${merged.annotations.length} annotations, ${open.length} unresolved conflict${open.length === 1 ? '' : 's'}\n`,
    );
    return 0;
  },
};

async function readExchange(path: string, io: CliIo): Promise<ExchangeFile | null> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(path));
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  const parsed = parseExchangeFile(path, text);
  if (parsed.ok) return parsed.data;
  io.stderr(`${path}: not merged, ${parsed.problems.length} problem(s)\n`);
  for (const p of parsed.problems.slice(0, 20)) {
    io.stderr(`  ${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}\n`);
  }
  return null;
}

function report(io: CliIo, path: string, r: MergeReport): void {
  io.stderr(`Merged ${path}: ${mergeSummary(r)}\n`);
  for (const line of describeConflicts(r)) io.stderr(`  ${line}\n`);
  for (const u of r.unmatchedCodes) io.stderr(`  new code "${u.path}" (${u.code.id})\n`);
}

function usage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`marginalia merge: ${message}\nRun "marginalia merge --help" for usage.\n`);
  return 2;
}
