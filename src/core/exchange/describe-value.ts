/** The longest piece of an untrusted string a message quotes as it is. */
const QUOTED_LENGTH = 40;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A string from a file cut to 40 UTF-16 units with an ellipsis, so a multi-megabyte name never
 * ends up on screen.
 */
export function clipText(s: string): string {
  return s.length > QUOTED_LENGTH ? `${s.slice(0, QUOTED_LENGTH)}…` : s;
}

/** `clipText`, quoted, for a quote or prefix shown beside the text it differs from. */
export function previewText(s: string): string {
  return JSON.stringify(clipText(s));
}

/**
 * Describes an untrusted value for a message without echoing it: short strings, numbers,
 * booleans and null as they are; long strings, arrays and objects by type and size, e.g.
 * "a string of 5,000,000 characters" or "an array nested 5,000 deep". Never recursive (a file
 * may nest thousands deep) and never calls `JSON.stringify` on the value itself.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'not a number';
  if (typeof value === 'string') {
    // Short, and short once quoted: escapes can make a string of control characters six times longer.
    const quoted = value.length > QUOTED_LENGTH ? '' : JSON.stringify(value);
    return quoted && quoted.length <= QUOTED_LENGTH + 2
      ? quoted
      : `a string of ${count(value.length)} character${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value !== 'object') return `a ${typeof value}`;
  const depth = nestingDepth(value);
  const kind = Array.isArray(value) ? 'an array' : 'an object';
  if (depth > 1) return `${kind} nested ${count(depth)} deep`;
  return Array.isArray(value)
    ? `an array of ${count(value.length)} item${value.length === 1 ? '' : 's'}`
    : `an object with ${count(Object.keys(value).length)} key${Object.keys(value).length === 1 ? '' : 's'}`;
}

/** How many arrays and objects are nested inside each other at the deepest point (1 for flat). */
function nestingDepth(root: object): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [value, depth] = top;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
