/** One thing wrong with an imported file, located so a person can find and fix it. */
export interface ImportProblem {
  /** JSON path, e.g. `annotations[3].start`; empty for the file as a whole. */
  path: string;
  /** The id of the record the problem is in, when it is known. */
  recordId?: string;
  message: string;
  /** For JSON syntax errors: 1-based line and column. */
  line?: number;
  column?: number;
}
