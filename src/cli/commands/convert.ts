import type { CliCommand } from '../command';
import { FORMATS, formatByName, formatByPath } from '../../core/formats/registry';
import { parseCommandArgs } from '../parse-args';
import { cliContext, progress, readProject } from '../read-project';
import { FormatReadError } from '../../core/formats/registry-types';

const writable = () => FORMATS.filter((f) => f.write);

/** `marginalia convert IN OUT [--to FORMAT]`: any readable format to any writable one. */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert a project or codebook between formats (convert --help lists them)',
  get help() {
    return `Usage: marginalia convert IN OUT [--to FORMAT]

Reads IN (its format from its extension, else its content) and writes OUT in the format
--to names, or else the one OUT's extension names. What could not be carried over is
reported on stderr.

Formats:
${formatTable()}

Examples:
  marginalia convert project.json project.qdpx
  marginalia convert ../shared/interop/nvivo-win12.6-oltas0517.qdpx nvivo.json
  marginalia convert project.json codebook.qdc --to qdc
`;
  },
  async run(args, io) {
    const parsed = parseCommandArgs(args, { options: ['to'] });
    if (!parsed.ok) return usage(io, parsed.message);
    if (parsed.values.help) return (void io.stdout(this.help), 0);
    const [input, output, ...rest] = parsed.positionals;
    if (!input || !output || rest.length > 0) return usage(io, 'expected IN and OUT');
    const to = parsed.values.to;
    const format = typeof to === 'string' ? formatByName(to) : formatByPath(output);
    if (!format?.write) {
      const names = writable()
        .map((f) => f.name)
        .join(', ');
      return usage(
        io,
        typeof to === 'string'
          ? `unknown output format "${to}" (one of ${names})`
          : `cannot tell the output format from "${output}"; name one with --to (${names})`,
      );
    }
    const read = await readProject(input, io);
    if (!read.ok) return (void io.stderr(`${read.message}\n`), 1);
    for (const note of read.result.notes) io.stderr(`${note}\n`);
    const { snapshot } = read.result;
    let written;
    try {
      written = await format.write(snapshot, cliContext(output));
    } catch (e) {
      if (e instanceof FormatReadError) return (void io.stderr(`${e.message}\n`), 1);
      throw e;
    }
    for (const warning of written.warnings) io.stderr(`warning: ${warning}\n`);
    const size = typeof written.data === 'string' ? written.data.length : written.data.length;
    progress(io, 'Writing', output, size);
    await io.writeFile(output, written.data);
    const live = <T extends { deleted: boolean }>(list: T[], what: string) => {
      const n = list.filter((r) => !r.deleted).length;
      return `${n} ${what}${n === 1 ? '' : 's'}`;
    };
    const codes = live(snapshot.codes, 'code');
    const counts = format.codebookOnly
      ? codes
      : `${live(snapshot.documents, 'document')}, ${codes}, ${live(snapshot.annotations, 'annotation')}`;
    io.stdout(`Wrote ${output} (${format.name}): ${counts}\n`);
    return 0;
  },
};

/** The formats, one a line: name, extensions, read/write, summary, in aligned columns. */
function formatTable(): string {
  const nameWidth = Math.max(...FORMATS.map((f) => f.name.length));
  const extWidth = Math.max(...FORMATS.map((f) => f.extensions.join(' ').length));
  return FORMATS.map(
    (f) =>
      `  ${f.name.padEnd(nameWidth)}  ${f.extensions.join(' ').padEnd(extWidth)}  ${f.read ? 'read' : '    '} ${f.write ? 'write' : '     '}  ${f.summary}`,
  ).join('\n');
}

function usage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`marginalia convert: ${message}\nRun "marginalia convert --help" for usage.\n`);
  return 2;
}
