import { stripLeadingBoms } from '../text/bom';
import { parseJson } from './parse-json';
import type { ImportProblem } from './problems';

/** The top-level object of a JSON file, or the one problem that stops reading it. */
export type JsonObjectResult =
  { ok: true; root: Record<string, unknown> } | { ok: false; problem: ImportProblem };

/**
 * Reads an untrusted JSON file whose top level must be an object (exchange files, codebook
 * files): leading BOMs are tolerated (even doubled ones, from tools that add one to a file that
 * had one), a syntax error is located by line and column.
 */
export function readJsonObject(jsonText: string): JsonObjectResult {
  const json = parseJson(stripLeadingBoms(jsonText));
  if (!json.ok) {
    const { line, column, message } = json.error;
    return {
      ok: false,
      problem: {
        path: '',
        line,
        column,
        message: `Not valid JSON at line ${line}, column ${column}: ${message}`,
      },
    };
  }
  const root = json.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return { ok: false, problem: { path: '', message: 'Expected a JSON object at the top level' } };
  }
  return { ok: true, root: root as Record<string, unknown> };
}
