import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CliCommand, CliIo } from './command';
import { COMMANDS } from './commands';
import { nodeIo } from './node-io';

export { nodeIo };

/** The overall help: what the tool is and its commands. */
export function overallHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: marginalia COMMAND [ARGS]

Marginalia's command-line tool: converts, validates and summarises projects (native exchange
files and REFI-QDA .qdpx/.qde/.qdc) without the workbench.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "marginalia COMMAND --help" for a command's options and examples.
`;
}

/**
 * Runs one command line and returns the exit code: 0 success, 1 bad input or failed work,
 * 2 a wrong command line. An unexpected error is reported on stderr, never thrown, so the
 * process always exits with a code and a message.
 */
export async function run(
  argv: string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === args[0]) : undefined;
    io.stdout(topic ? topic.help : overallHelp(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`marginalia: unknown command "${name}"\n\n${overallHelp(commands)}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    io.stderr(`marginalia ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

/** Whether this module is the process's entry (`tsx src/cli/main.ts`), not an import. */
function isEntry(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  void run(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
