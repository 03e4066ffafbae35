import type { RecordConflict } from '../model/conflict';
import { canonicalJson, versionId } from '../model/revision';
import type { ProjectSnapshot, PurgedRecord, RecordKind } from '../model/snapshot';
import type { Annotation, Code, Coder, Id, Stamped } from '../model/types';
import type { MergedSnapshot, SnapshotRecordByKind } from './merge-result';
import { resolveVersions } from './versions';

type ContentKind = Exclude<RecordKind, 'project'>;

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byId = (a: { id: Id }, b: { id: Id }) => compareText(a.id, b.id);

/** Orders conflicts by kind, record id and version, as they are stored and exported. */
export function compareConflicts(a: RecordConflict, b: RecordConflict): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.record.id, b.record.id) ||
    compareText(versionId(a.record), versionId(b.record))
  );
}

/** The key of a conflict in sets: kind, record id and version id. */
export const conflictKey = (c: RecordConflict) => `${c.kind}:${c.record.id}:${versionId(c.record)}`;

/**
 * A record whose content a merge had to adjust (a reference to a purged record dropped) keeps
 * the version id it had: its revision is pinned first, so every replica that makes the same
 * adjustment still agrees on which version this is.
 */
function pinned<T extends Stamped>(record: T, change: Partial<T>): T {
  return { ...record, rev: versionId(record), ...change };
}

/**
 * All purge tombstones of both sides, one per record: the earliest purge (then the smaller coder
 * id) when both purged it, so the result does not depend on order.
 */
function unionPurged(a: readonly PurgedRecord[], b: readonly PurgedRecord[]): PurgedRecord[] {
  const out = new Map<string, PurgedRecord>();
  for (const p of [...a, ...b]) {
    const key = `${p.kind}:${p.id}`;
    const seen = out.get(key);
    const earlier =
      !seen ||
      Date.parse(p.purgedAt) < Date.parse(seen.purgedAt) ||
      (p.purgedAt === seen.purgedAt && compareText(p.purgedBy, seen.purgedBy) < 0);
    if (earlier) out.set(key, p);
  }
  return [...out.values()].sort((x, y) => compareText(x.kind, y.kind) || compareText(x.id, y.id));
}

/** Coders of both sides; a coder known to both under one id keeps one deterministic record. */
function unionCoders(a: readonly Coder[], b: readonly Coder[]): Coder[] {
  const out = new Map<Id, Coder>();
  for (const c of [...a, ...b]) {
    const seen = out.get(c.id);
    if (!seen || canonicalJson(c) > canonicalJson(seen)) out.set(c.id, c);
  }
  return [...out.values()].sort(byId);
}

/** Every version of each record of one kind, from both sides' records and conflicts. */
function versionsOf<K extends ContentKind>(
  kind: K,
  sides: readonly ProjectSnapshot[],
  gone: ReadonlySet<Id>,
): Map<Id, SnapshotRecordByKind[K][]> {
  const table = { document: 'documents', code: 'codes', annotation: 'annotations' } as const;
  const out = new Map<Id, SnapshotRecordByKind[K][]>();
  const add = (r: SnapshotRecordByKind[K]) => {
    if (gone.has(r.id)) return;
    const list = out.get(r.id);
    if (list) list.push(r);
    else out.set(r.id, [r]);
  };
  for (const side of sides) {
    for (const r of side[table[kind]]) add(r as SnapshotRecordByKind[K]);
    for (const c of side.conflicts ?? [])
      if (c.kind === kind) add(c.record as SnapshotRecordByKind[K]);
  }
  return out;
}

/**
 * Merges two snapshots of one project that already share ids (see `matchIncoming`), as a join
 * of version sets, so the result is the same whatever the order or grouping of merges:
 * - every version of a record known to either side (live or kept as a conflict) is gathered;
 *   `resolveVersions` keeps the live one and the concurrent losers as conflicts;
 * - a purged record never comes back, nor do annotations on a purged document;
 * - references to purged codes are dropped from annotations and code parents (the version id
 *   stays). That repair depends only on the purges, which only grow, so it is the same whatever
 *   the grouping of merges.
 * Code parents are otherwise kept as the versions have them, even when two concurrent moves make
 * a parent cycle: cutting it here would bake into the records a repair that depends on which
 * versions one intermediate merge saw, and a later version that undoes a move could no longer
 * restore the other (merging would stop being associative). Views break such a cycle when they
 * show the codebook (`buildTree`, `ancestorChain`, the exports' path walks).
 * `a` and `b` must have the same project id; the project record merges like any other.
 */
export function combineSnapshots(a: ProjectSnapshot, b: ProjectSnapshot): MergedSnapshot {
  const sides = [a, b];
  const purged = unionPurged(a.purged, b.purged);
  const gone = (kind: RecordKind) =>
    new Set(purged.filter((p) => p.kind === kind).map((p) => p.id));
  const conflicts: RecordConflict[] = [];

  const projectVersions = [a.project, b.project];
  for (const side of sides) {
    for (const c of side.conflicts ?? []) if (c.kind === 'project') projectVersions.push(c.record);
  }
  const project = resolveVersions(projectVersions);
  if (!project) throw new Error('A snapshot without a project cannot be merged.');
  for (const record of project.losers) conflicts.push({ kind: 'project', record });

  const docVersions = versionsOf('document', sides, gone('document'));
  const documents = [];
  for (const versions of docVersions.values()) {
    const r = resolveVersions(versions);
    if (!r) continue;
    documents.push(r.winner);
    for (const { text: _text, ...record } of r.losers) conflicts.push({ kind: 'document', record });
  }

  const codeVersions = versionsOf('code', sides, gone('code'));
  const codeIds = new Set(codeVersions.keys());
  const parentKept = (c: Code) =>
    c.parentId === null || codeIds.has(c.parentId) ? c : pinned(c, { parentId: null });
  const codes: Code[] = [];
  for (const versions of codeVersions.values()) {
    const r = resolveVersions(versions);
    if (!r) continue;
    codes.push(parentKept(r.winner));
    for (const record of r.losers) conflicts.push({ kind: 'code', record: parentKept(record) });
  }
  codes.sort(byId);

  const docIds = new Set(docVersions.keys());
  const codesKept = (x: Annotation) =>
    x.codeIds.every((id) => codeIds.has(id))
      ? x
      : pinned(x, { codeIds: x.codeIds.filter((id) => codeIds.has(id)) });
  const annotations: Annotation[] = [];
  for (const versions of versionsOf('annotation', sides, gone('annotation')).values()) {
    const r = resolveVersions(versions.filter((x) => docIds.has(x.documentId)));
    if (!r) continue;
    annotations.push(codesKept(r.winner));
    for (const record of r.losers)
      conflicts.push({ kind: 'annotation', record: codesKept(record) });
  }

  return {
    project: project.winner,
    coders: unionCoders(a.coders, b.coders),
    documents: documents.sort(byId),
    codes,
    annotations: annotations.sort(byId),
    purged,
    conflicts: conflicts.sort(compareConflicts),
  };
}
