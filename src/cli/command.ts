/** Where a command reads and writes: injected so tests run commands without a real terminal. */
export interface CliIo {
  /** Normal output (results, `--json`). */
  stdout(text: string): void;
  /** Progress, warnings and errors. */
  stderr(text: string): void;
  /** Reads a file as bytes; rejects with a message that names the file. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a file atomically (temporary file, then rename). */
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

/**
 * One `marginalia` sub-command. `run` returns the process exit code: 0 success, 1 the input was
 * bad or the work failed (the message is on stderr), 2 the command line itself was wrong.
 */
export interface CliCommand {
  name: string;
  /** One line for `marginalia --help`. */
  summary: string;
  /** The full text of `marginalia NAME --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}
