import type { CliIo } from '../command';

/** The file as text, or null after saying on stderr why it could not be read. */
export async function readText(io: CliIo, file: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await io.readFile(file));
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}

/** Says what is wrong with the input on stderr and gives exit code 1. */
export function fail(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return 1;
}
