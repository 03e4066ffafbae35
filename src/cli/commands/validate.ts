import type { CliCommand } from '../command';
import { formatForReading } from '../../core/formats/registry';
import { parseCommandArgs } from '../parse-args';
import { cliContext } from '../read-project';

/** `marginalia validate FILE`: every problem in a file, with its path and record id. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check a file and list every problem with its path and record id',
  help: `Usage: marginalia validate FILE

Checks FILE without importing it and prints every problem, one a line, as
  PATH [RECORD-ID]: MESSAGE
Native exchange files are checked against the schema and for references between records,
offsets and quotes. REFI-QDA files (.qdpx, .qde, .qdc) are checked for safety (archive
limits, no DOCTYPE) and for what the XML schema cannot check: referenced GUIDs exist,
source files are present, selections lie inside their text and quote it. W3C files
(.w3c.json, .jsonld) are checked against the annotation model, each problem with its JSON
path and annotation id; Taguette's highlights CSV by row; an HTML page for what would stop
reading it (size, nesting, binary content).
Exit code 0 when the file is sound, 1 when it has problems.

Examples:
  marginalia validate project.json
  marginalia validate ../shared/interop/qc-1.3.2-demo.qdpx
  marginalia validate ../shared/interop/recogito-textannotator-odyssey.w3c.json
`,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) return usage(io, parsed.message);
    if (parsed.values.help) return (void io.stdout(this.help), 0);
    const [file, ...rest] = parsed.positionals;
    if (!file || rest.length > 0) return usage(io, 'expected one FILE');
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const format = formatForReading(file, bytes);
    if (!format?.validate) {
      io.stderr(`${file}: not a format marginalia can validate\n`);
      return 1;
    }
    const problems = await format.validate(bytes, cliContext(file));
    for (const p of problems) {
      io.stdout(`${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}\n`);
    }
    if (problems.length === 0) {
      io.stdout(`${file}: valid (${format.name})\n`);
      return 0;
    }
    io.stderr(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    return 1;
  },
};

function usage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`marginalia validate: ${message}\nRun "marginalia validate --help" for usage.\n`);
  return 2;
}
