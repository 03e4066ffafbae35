import type { Stamped } from './types';

/** How many ancestor revisions a record keeps (CouchDB keeps 1,000; edits here are coarser). */
export const REVISION_HISTORY = 32;

/** The generation of a revision id (`3-a1b2c3d4` → 3); 0 for a record without one. */
export function revisionGeneration(rev: string | undefined): number {
  if (!rev) return 0;
  const n = Number.parseInt(rev, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * A short, deterministic hash of a record's content (everything but its revision fields), so
 * two coders who make the same edit get the same revision id. FNV-1a over the canonical JSON,
 * two 32-bit lanes; collisions only cost a spurious conflict, never lost data.
 */
export function contentHash(record: Stamped): string {
  const { rev: _rev, revs: _revs, ...content } = record;
  const json = canonicalJson(content);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * `after` with its revision moved one step past `before` (or a first revision when `before` is
 * null): the one function every change set uses to stamp what it writes.
 */
export function withRevision<T extends Stamped>(before: T | null, after: T): T {
  const generation = revisionGeneration(before?.rev) + 1;
  const ancestors = before?.rev ? [before.rev, ...(before.revs ?? [])] : [];
  const next = { ...after, rev: undefined, revs: undefined };
  return {
    ...after,
    rev: `${generation}-${contentHash(next)}`,
    revs: ancestors.slice(0, REVISION_HISTORY),
  };
}
