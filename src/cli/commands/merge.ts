import type { CliCommand, CliIo } from '../command';
import { exportSnapshot } from '../../core/exchange/export';
import { alignToProject, type AlignReport } from '../../core/formats/align/align-to-project';
import { describeAlignment } from '../../core/formats/align/describe-alignment';
import { parseCodebookCsv } from '../../core/formats/csv/codebook-csv';
import { importW3c } from '../../core/formats/w3c/import-w3c';
import { nowIso } from '../../core/ids/new-id';
import { mergeSnapshots } from '../../core/merge/merge-snapshots';
import type { MergeReport } from '../../core/merge/merge-result';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import { parseCommandArgs } from '../parse-args';
import { mergeSummary } from '../../core/merge/merge-summary';
import { describeConflicts } from './merge-report-text';
import { contentIds, INPUT_RANK, readMergeInput, type MergeInput } from '../merge-inputs';
import { cliContext } from '../read-project';
import { FORMATS, formatByName } from '../../core/formats/registry';

/** Who the merged file says wrote it, unless `--coder` and `--name` say otherwise. */
const MERGED_BY = { coderId: 'marginalia-cli', name: 'marginalia merge' };

/**
 * `marginalia merge A B ... -o OUT`: merges project files into one, with the same laws as
 * importing them in the workbench. Native exchange files keep their ids; files of other formats
 * (REFI-QDA, codebooks) are first matched to the project by content (`alignToProject`); W3C
 * annotations and codebook CSVs go into the project merged from the rest. The inputs are merged
 * in an order fixed by their content, so the same files in any order give the same bytes (apart
 * from `exportedAt` and `exportedBy`); the first in that order lends the project its id.
 */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary:
    'Merge project files (exchange, REFI-QDA, W3C, codebook CSV) into one, keeping conflicts',
  help: `Usage: marginalia merge FILE FILE... -o OUT [--to FORMAT] [--coder ID] [--name NAME]

Merges files of one project into OUT, a native exchange file unless --to names another format
(qdpx, csv, xlsx, w3c…; conflicts and deleted records stay only in the native file):
  - native exchange files (.json): records match by id; documents also by content hash, codes
    by path and name;
  - other projects (.qdpx, .qde, .qdc, .codebook.json, .txt, .md, .html): ids mean nothing across
    tools, so documents match by text (BOM, line ends and trailing whitespace aside), codes by
    their path of names, coders by name, and a coding the project already has (same span, coder
    and code) is not added again: two exports of one project from two tools double nothing;
  - codebook CSVs (.codebook.csv, paths with ">" or "/") add their codes to the codebook;
  - W3C annotations (.w3c.json, .jsonld) are placed on the project's texts: by position where
    the text there equals the quote, else by the quote; what cannot be placed is listed;
    Taguette's highlights CSV (id,document,tag,content) is placed by its quotes the same way;
  - of two versions of a record, the one edited after seeing the other wins; concurrent edits
    keep the later one live and the other as a conflict in OUT (nothing is dropped);
  - deletions win over older edits and lose to newer ones; purged records stay purged.
A report per file goes to stderr: what it brought, what matched, and every conflict. The same
files in any order give the same OUT, apart from exportedAt and exportedBy (--coder, --name;
default "${MERGED_BY.name}"; annotations of a W3C file without a creator are theirs) and the
import times of records read from other formats.
Exit code 0 when OUT is written (conflicts included), 1 when a file cannot be read (nothing is
written then).

Examples:
  marginalia merge ada.json bob.json -o team.json
  marginalia merge team/*.marginalia.json -o merged.json --name "Ada Lovelace"
  marginalia merge nvivo-mac.qdpx nvivo-windows.qdpx -o project.json
  marginalia merge project.json codebook.codebook.csv web.w3c.json -o project.json
  marginalia merge page.html page.w3c.json -o page.qdpx --to qdpx
`,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      options: ['out', 'coder', 'name', 'to'],
      short: { o: 'out' },
    });
    if (!parsed.ok) return usage(io, parsed.message);
    if (parsed.values.help) return (void io.stdout(this.help), 0);
    const out = parsed.values.out;
    const paths = parsed.positionals;
    if (typeof out !== 'string' || !out) return usage(io, 'expected -o OUT');
    if (paths.length < 1) return usage(io, 'expected at least one FILE');
    const to = parsed.values.to;
    const target = typeof to === 'string' ? formatByName(to) : undefined;
    if (typeof to === 'string' && !target?.write) {
      const names = FORMATS.filter((f) => f.write)
        .map((f) => f.name)
        .join(', ');
      return usage(io, `unknown output format "${to}" (one of ${names})`);
    }
    const now = nowIso();
    const inputs: MergeInput[] = [];
    for (const path of paths) {
      const read = await readMergeInput(path, io, now);
      if (!read) return 1;
      inputs.push(read);
    }
    inputs.sort(
      (a, b) =>
        INPUT_RANK[a.kind] - INPUT_RANK[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const first = inputs[0];
    if (first?.kind !== 'project') {
      io.stderr(
        `marginalia merge: ${first?.path ?? 'the files'}: W3C annotations and codebook CSVs go into a project; name a project file too\n`,
      );
      return 1;
    }
    const by = {
      coderId: typeof parsed.values.coder === 'string' ? parsed.values.coder : MERGED_BY.coderId,
      name: typeof parsed.values.name === 'string' ? parsed.values.name : MERGED_BY.name,
    };
    let merged: ProjectSnapshot = first.snapshot;
    // A single file is merged with itself, so its own stray versions settle the same way.
    for (const input of inputs) {
      const incoming = incomingOf(input, merged, by, now, io);
      if (!incoming) return 1;
      // Native files share ids with the project; other tools' files are matched by content
      // (the first file is the project itself, merged with itself).
      const aligned =
        input === first || (input.kind === 'project' && input.native)
          ? null
          : alignToProject(merged, incoming);
      const result = mergeSnapshots(merged, aligned?.incoming ?? incoming);
      merged = result.snapshot;
      report(io, input.path, result.report, aligned?.report);
    }
    if (target?.write && target.name !== 'native') {
      // Another format on request: what it cannot carry (conflicts, tombstones) is warned about.
      const written = await target.write(merged, cliContext(out));
      for (const warning of written.warnings) io.stderr(`warning: ${warning}\n`);
      await io.writeFile(out, written.data);
    } else {
      await io.writeFile(out, exportSnapshot(merged, by, { includeTexts: true }, nowIso()));
    }
    const open = merged.conflicts ?? [];
    io.stderr(
      `Wrote ${out}: ${merged.annotations.length} annotations, ${open.length} unresolved conflict${open.length === 1 ? '' : 's'}\n`,
    );
    return 0;
  },
};

/**
 * What an input brings to the project merged so far: a project as read; a codebook CSV's codes;
 * W3C annotations placed on the project's texts (from the quote where positions disagree).
 * Null after saying on stderr why the file cannot be merged.
 */
function incomingOf(
  input: MergeInput,
  project: ProjectSnapshot,
  by: { coderId: string; name: string },
  now: string,
  io: CliIo,
): ProjectSnapshot | null {
  if (input.kind === 'project') return input.snapshot;
  const newId = contentIds(new TextEncoder().encode(input.text));
  const fail = (problems: string[]) => {
    io.stderr(`${input.path}: not merged\n`);
    for (const p of problems.slice(0, 20)) io.stderr(`  ${p}\n`);
    return null;
  };
  const empty: ProjectSnapshot = {
    project: project.project,
    coders: [],
    documents: [],
    codes: [],
    annotations: [],
    purged: [],
  };
  const coder = { id: by.coderId, name: by.name, createdAt: now };
  const withCoder = (coders: ProjectSnapshot['coders'], used: boolean) =>
    used && !project.coders.some((c) => c.id === by.coderId) ? [...coders, coder] : coders;
  if (input.kind === 'codebook-csv') {
    const parsed = parseCodebookCsv(input.path, input.text, {
      projectId: project.project.id,
      coderId: by.coderId,
      now,
      newId,
    });
    if (!parsed.ok) return fail(parsed.problems);
    for (const w of parsed.warnings) io.stderr(`  ${w}\n`);
    return { ...empty, coders: withCoder([], parsed.codes.length > 0), codes: parsed.codes };
  }
  const placed = importW3c(input.path, input.text, {
    snapshot: project,
    coderId: by.coderId,
    now,
    newId,
  });
  if (!placed.ok) return fail(placed.problems);
  for (const m of placed.moved) io.stderr(`  ${m.id}: placed by its quote (${m.reason})\n`);
  for (const o of placed.orphans) io.stderr(`  ${o.id}: not placed (${o.reason})\n`);
  const used = placed.annotations.some((a) => a.createdBy === by.coderId);
  return {
    ...empty,
    coders: withCoder(placed.coders, used),
    codes: placed.codes,
    annotations: placed.annotations,
  };
}

function report(io: CliIo, path: string, r: MergeReport, aligned?: AlignReport): void {
  io.stderr(`Merged ${path}: ${mergeSummary(r)}\n`);
  if (aligned) io.stderr(`  ${describeAlignment(aligned)}\n`);
  for (const line of describeConflicts(r)) io.stderr(`  ${line}\n`);
  for (const u of r.unmatchedCodes) io.stderr(`  new code "${u.path}" (${u.code.id})\n`);
}

function usage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`marginalia merge: ${message}\nRun "marginalia merge --help" for usage.\n`);
  return 2;
}
