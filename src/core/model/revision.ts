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
 * Fields left out of a record's content hash: its revision fields, and a document's body (text,
 * blocks, marks), which is fixed at import and identified by the document's SHA-256 already, so
 * a copy exported without texts is the same version as the one with them.
 */
const NOT_CONTENT = new Set(['rev', 'revs', 'text', 'blocks', 'marks']);

/**
 * A short, deterministic hash of a record's content (everything but its revision fields and a
 * document's body), so two coders who make the same edit get the same revision id. FNV-1a over
 * the canonical JSON, two 32-bit lanes; collisions only cost a spurious conflict, never lost data.
 */
export function contentHash(record: Stamped): string {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!NOT_CONTENT.has(key)) content[key] = value;
  }
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
 * The version a record is at, as merges compare them: its revision id, or for a record written
 * before revisions existed (exchange format version 1) `0-` and its content hash, so two equal
 * copies of an old record are the same version and an edit of one can name it as its ancestor.
 */
export function versionId(record: Stamped): string {
  if (record.rev) return record.rev;
  if (!versionCache) return `0-${contentHash(record)}`;
  let version = versionCache.get(record);
  if (version === undefined) {
    version = `0-${contentHash(record)}`;
    versionCache.set(record, version);
  }
  return version;
}

/** Content versions of records without a revision, while `withVersionCache` runs. */
// A Map held only while the work runs: a WeakMap of 200,000 records made garbage collection
// cost more than the hashing it saved.
let versionCache: Map<Stamped, string> | null = null;

/**
 * Runs `work` with `versionId` remembered per record object, for work that treats records as
 * immutable and asks for the same record's version many times: a merge does, and for records
 * without a revision (an older file, a project imported from one) each ask hashes the record's
 * whole content, which made a merge of 100,000 such annotations about 13 times slower than one
 * of revised records. Outside `work` nothing is remembered, so a record changed in place later
 * is never given a stale version.
 */
export function withVersionCache<T>(work: () => T): T {
  const outer = versionCache;
  versionCache ??= new Map();
  try {
    return work();
  } finally {
    versionCache = outer;
  }
}

/** Whether `descendant`'s history names `ancestor`'s version: then it replaces it, no conflict. */
export function descendsFrom(descendant: Stamped, ancestor: Stamped): boolean {
  const id = versionId(ancestor);
  return descendant.revs?.includes(id) ?? false;
}

/**
 * `after` with its revision moved one step past `before` (or a first revision when `before` is
 * null): the one function every change set uses to stamp what it writes. A `before` without a
 * revision (written by a version 1 build) is named by its content version (`versionId`), so a
 * merge still knows the edit replaces it. Ancestors that `after` already names beyond
 * `before`'s history are kept, right after `before`: that is how resolving a merge conflict
 * records the losing versions it replaces, so teammates' copies of them stop conflicting too.
 */
export function withRevision<T extends Stamped>(before: T | null, after: T): T {
  const generation = revisionGeneration(before?.rev) + 1;
  const history = before ? [versionId(before), ...(before.revs ?? [])] : [];
  const known = new Set(history);
  const extra = (after.revs ?? []).filter((r) => !known.has(r));
  const ancestors = history.length ? [history[0] as string, ...extra, ...history.slice(1)] : extra;
  const next = { ...after, rev: undefined, revs: undefined };
  return {
    ...after,
    rev: `${generation}-${contentHash(next)}`,
    revs: ancestors.slice(0, REVISION_HISTORY),
  };
}
