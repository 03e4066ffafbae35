/**
 * The word after `flag` on the command line (`--size 100000`), or `fallback` when the flag or
 * its value is missing: the one reader of the A/B and profiler scripts' options.
 */
export function flagValue(args: readonly string[], flag: string, fallback: string): string {
  const at = args.indexOf(flag);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}
