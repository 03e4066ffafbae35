import { parseArgs } from 'node:util';

/** The parsed command line of one command, or why it could not be parsed. */
export type ParsedArgs =
  | { ok: true; positionals: string[]; values: Record<string, string | boolean | undefined> }
  | { ok: false; message: string };

/** Options a command accepts: flags (`--json`) and options with a value (`--to qdpx`). */
export interface ArgSpec {
  flags?: string[];
  options?: string[];
  /** Short aliases, e.g. `{ o: 'out' }`. */
  short?: Record<string, string>;
}

/**
 * Parses a command's arguments strictly (unknown options are errors, not ignored), with
 * `--help`/`-h` always accepted. Node's own `parseArgs`, so the CLI has no parser dependency.
 */
export function parseCommandArgs(args: string[], spec: ArgSpec): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const flag of spec.flags ?? []) options[flag] = { type: 'boolean' };
  for (const option of spec.options ?? []) options[option] = { type: 'string' };
  for (const [short, long] of Object.entries(spec.short ?? {})) {
    const entry = options[long];
    if (entry) entry.short = short;
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return {
      ok: true,
      positionals,
      values: values as Record<string, string | boolean | undefined>,
    };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
