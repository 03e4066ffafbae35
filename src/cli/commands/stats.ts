import type { CliCommand } from '../command';
import { parseCommandArgs } from '../parse-args';
import { projectStats, type ProjectStats } from '../project-stats';
import { readProject } from '../read-project';

/** `marginalia stats FILE [--json]`: counts of a project, per code and per coder. */
export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'Count documents, codes, coders and annotations (per code and per coder)',
  help: `Usage: marginalia stats FILE [--json]

Reads FILE (any format marginalia reads) and prints how many documents, codes, coders
and annotations it holds, then annotations per code (by path) and per coder. Records in
the trash are not counted. --json prints the same as one JSON object.

Examples:
  marginalia stats project.json
  marginalia stats ../shared/interop/nvivo-win12.6-oltas0517.qdpx --json
`,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { flags: ['json'] });
    if (!parsed.ok) return usage(io, parsed.message);
    if (parsed.values.help) return (void io.stdout(this.help), 0);
    const [file, ...rest] = parsed.positionals;
    if (!file || rest.length > 0) return usage(io, 'expected one FILE');
    const read = await readProject(file, io);
    if (!read.ok) return (void io.stderr(`${read.message}\n`), 1);
    const stats = projectStats(read.result.snapshot);
    io.stdout(parsed.values.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    return 0;
  },
};

/** The stats as an aligned plain-text table. */
export function formatStats(s: ProjectStats): string {
  const lines = [
    `Project: ${s.project}`,
    `Documents: ${s.documents}`,
    `Codes: ${s.codes}`,
    `Coders: ${s.coders}`,
    `Annotations: ${s.annotations}`,
    '',
    'Annotations per code:',
    ...s.annotationsPerCode.map((c) => `  ${String(c.annotations).padStart(6)}  ${c.code}`),
    '',
    'Annotations per coder:',
    ...s.annotationsPerCoder.map((c) => `  ${String(c.annotations).padStart(6)}  ${c.coder}`),
  ];
  return `${lines.join('\n')}\n`;
}

function usage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`marginalia stats: ${message}\nRun "marginalia stats --help" for usage.\n`);
  return 2;
}
