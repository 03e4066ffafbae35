import { describeValue } from './describe-value';
import type { JsonObjectResult } from './read-json-object';
import { readJsonObject } from './read-json-object';

/** What a versioned Marginalia JSON file must say about itself, and how to name it to a user. */
export interface EnvelopeKind {
  /** The `format` marker, e.g. "marginalia-exchange". */
  format: string;
  /** The file's name in messages: "exchange file", "codebook file". */
  what: string;
  /** Every `version` this build reads; the last is the one it writes. */
  versions: readonly number[];
  /** Turns a root this build reads into the current shape (e.g. an old version upgraded). */
  upgrade?: (root: Record<string, unknown>) => Record<string, unknown>;
}

/** What to tell a user who picked another Marginalia file where this kind was expected. */
const OTHER_FORMATS: Record<string, string> = {
  'marginalia-exchange': 'this is a project exchange file: import it as a project',
  'marginalia-codebook': 'this is a codebook file: import it as a codebook',
};

/**
 * Reads the envelope of a versioned Marginalia JSON file (exchange files, codebook files): JSON
 * with a top-level object, the right `format` marker (with a hint when it is another Marginalia
 * file), and a version this build reads (saying so when the file is newer). One reader, so every
 * versioned file refuses a wrong or newer file with the same clear message.
 */
export function readEnvelope(jsonText: string, kind: EnvelopeKind): JsonObjectResult {
  const json = readJsonObject(jsonText);
  if (!json.ok) return json;
  const root = kind.upgrade ? kind.upgrade(json.root) : json.root;
  const current = kind.versions[kind.versions.length - 1];
  if (root.format !== kind.format) {
    const other = typeof root.format === 'string' ? OTHER_FORMATS[root.format] : undefined;
    return {
      ok: false,
      problem: {
        path: 'format',
        message: `Not a Marginalia ${kind.what}: format is ${describeValue(root.format)}, expected "${kind.format}"${other ? ` (${other})` : ''}`,
      },
    };
  }
  if (typeof root.version !== 'number' || !kind.versions.includes(root.version)) {
    const newer =
      typeof root.version === 'number' && current !== undefined && root.version > current;
    return {
      ok: false,
      problem: {
        path: 'version',
        message: newer
          ? `Made by a newer version of Marginalia (${kind.what} version ${root.version}); this one reads version ${current}`
          : `Unknown ${kind.what} version ${describeValue(root.version)}; expected ${kind.versions.join(' or ')}`,
      },
    };
  }
  return { ok: true, root };
}
