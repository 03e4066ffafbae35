// The part of papaparse's API that src/core uses, for the core-only type check
// (tsconfig.core.json). @types/papaparse references Node's types, which would let Node globals
// slip into core unnoticed; the full check (tsconfig.json) still uses the published types.
declare module 'papaparse' {
  interface ParseConfig {
    skipEmptyLines?: boolean | 'greedy';
    delimitersToGuess?: string[];
    delimiter?: string;
    header?: boolean;
  }
  interface ParseResult<T> {
    data: T[];
    errors: { type: string; code: string; message: string; row?: number }[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  interface UnparseConfig {
    newline?: string;
    delimiter?: string;
    quotes?: boolean | boolean[];
  }
  const Papa: {
    parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
    unparse(
      data: { fields: string[]; data: unknown[][] } | unknown[][],
      config?: UnparseConfig,
    ): string;
  };
  export default Papa;
}
