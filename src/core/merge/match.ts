import type { RecordConflict } from '../model/conflict';
import type { ProjectSnapshot, PurgedRecord, SnapshotDocument } from '../model/snapshot';
import type { Annotation, Code, Id } from '../model/types';
import { codePaths, nameKey } from './name-key';

/** How an incoming record was found to be a local one with another id. */
export type MatchedBy = 'content-hash' | 'path' | 'name' | 'mapping' | 'project';

/** An incoming record that a local record stands for from now on (its id is rewritten). */
export interface RecordMatch {
  kind: 'project' | 'document' | 'code';
  incomingId: Id;
  localId: Id;
  by: MatchedBy;
}

/** A live incoming code with no local counterpart: created unless the user maps it. */
export interface UnmatchedCode {
  code: Code;
  /** Its path of names in the incoming codebook ("harm / victims"). */
  path: string;
}

/**
 * The user's decisions for incoming codes that matched nothing (or matched the wrong code):
 * incoming code id → the local code id it is, or `create` to add it as a new code.
 */
export type CodeMapping = Readonly<Record<Id, Id | 'create'>>;

/** The incoming snapshot moved onto local ids, and what was matched to get there. */
export interface IncomingMatch {
  incoming: ProjectSnapshot & { conflicts: RecordConflict[] };
  matches: RecordMatch[];
  unmatchedCodes: UnmatchedCode[];
}

const byId = (a: { id: Id }, b: { id: Id }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Finds which incoming records are local ones under other ids, and rewrites the incoming
 * snapshot onto local ids: the project is always the local one; documents match by id, then by
 * content hash (two coders who each imported the same file); codes by id, then by the user's
 * mapping, then by path of names, then by name alone when exactly one local code has it (both
 * case- and whitespace-insensitive). Matched records leave the incoming snapshot (the local one
 * stands for them) and every reference to them is rewritten. Deleted incoming codes are matched
 * by id only: a tombstone does not take over a live local code.
 */
export function matchIncoming(
  local: ProjectSnapshot,
  incoming: ProjectSnapshot,
  mapping: CodeMapping = {},
): IncomingMatch {
  const matches: RecordMatch[] = [];
  const projectId = local.project.id;
  if (incoming.project.id !== projectId) {
    matches.push({
      kind: 'project',
      incomingId: incoming.project.id,
      localId: projectId,
      by: 'project',
    });
  }

  const docMap = new Map<Id, Id>();
  const localDocIds = new Set(local.documents.map((d) => d.id));
  const byHash = new Map<string, Id>();
  const liveFirst = [...local.documents].sort(
    (a, b) => Number(a.deleted) - Number(b.deleted) || byId(a, b),
  );
  for (const d of liveFirst) if (!byHash.has(d.contentHash)) byHash.set(d.contentHash, d.id);
  for (const d of [...incoming.documents].sort(byId)) {
    if (localDocIds.has(d.id)) continue;
    const target = byHash.get(d.contentHash);
    if (target === undefined) continue;
    docMap.set(d.id, target);
    matches.push({ kind: 'document', incomingId: d.id, localId: target, by: 'content-hash' });
  }

  const codeMap = new Map<Id, Id>();
  const unmatchedCodes: UnmatchedCode[] = [];
  const localCodeIds = new Set(local.codes.map((c) => c.id));
  const localPaths = codePaths(local.codes);
  const byPath = new Map<string, Id>();
  const byName = new Map<string, Id[]>();
  for (const c of [...local.codes].sort(byId)) {
    if (c.deleted) continue;
    const path = localPaths.get(c.id) ?? '';
    if (!byPath.has(path)) byPath.set(path, c.id);
    const key = nameKey(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c.id]);
  }
  const incomingPaths = codePaths(incoming.codes);
  for (const c of [...incoming.codes].sort(byId)) {
    if (localCodeIds.has(c.id)) continue;
    const path = incomingPaths.get(c.id) ?? '';
    const chosen = mapping[c.id];
    const named = byName.get(nameKey(c.name));
    const found: [Id, MatchedBy] | undefined =
      chosen === 'create'
        ? undefined
        : chosen !== undefined && localCodeIds.has(chosen)
          ? [chosen, 'mapping']
          : c.deleted
            ? undefined
            : byPath.has(path)
              ? [byPath.get(path) as Id, 'path']
              : named?.length === 1
                ? [named[0] as Id, 'name']
                : undefined;
    if (found) {
      codeMap.set(c.id, found[0]);
      matches.push({ kind: 'code', incomingId: c.id, localId: found[0], by: found[1] });
    } else if (!c.deleted) {
      unmatchedCodes.push({ code: c, path });
    }
  }

  return { incoming: rewrite(incoming, projectId, docMap, codeMap), matches, unmatchedCodes };
}

/** The incoming snapshot on local ids, without the records local ones stand for. */
function rewrite(
  s: ProjectSnapshot,
  projectId: Id,
  docMap: Map<Id, Id>,
  codeMap: Map<Id, Id>,
): IncomingMatch['incoming'] {
  const conflicts = s.conflicts ?? [];
  const sameProject = s.project.id === projectId;
  if (sameProject && docMap.size === 0 && codeMap.size === 0) return { ...s, conflicts };
  const code = (id: Id) => codeMap.get(id) ?? id;
  const doc = (d: SnapshotDocument): SnapshotDocument => ({ ...d, projectId });
  const cod = (c: Code): Code => ({
    ...c,
    projectId,
    parentId: c.parentId === null ? null : code(c.parentId),
  });
  const ann = (a: Annotation): Annotation => ({
    ...a,
    projectId,
    documentId: docMap.get(a.documentId) ?? a.documentId,
    codeIds: [...new Set(a.codeIds.map(code))],
  });
  const kept = (kind: RecordConflict['kind'], id: Id) =>
    kind === 'document'
      ? !docMap.has(id)
      : kind === 'code'
        ? !codeMap.has(id)
        : kind !== 'project' || sameProject;
  // Purge tombstones keep their ids: a purged incoming record has no content left to match by.
  const purged = (p: PurgedRecord): PurgedRecord => ({ ...p, projectId });
  return {
    project: { ...s.project, id: projectId },
    coders: s.coders,
    documents: s.documents.filter((d) => !docMap.has(d.id)).map(doc),
    codes: s.codes.filter((c) => !codeMap.has(c.id)).map(cod),
    annotations: s.annotations.map(ann),
    purged: s.purged.map(purged),
    conflicts: conflicts
      .filter((c) => kept(c.kind, c.record.id))
      .map((c): RecordConflict => {
        switch (c.kind) {
          case 'project':
            return c;
          case 'document':
            return { kind: c.kind, record: doc(c.record) };
          case 'code':
            return { kind: c.kind, record: cod(c.record) };
          case 'annotation':
            return { kind: c.kind, record: ann(c.record) };
        }
      }),
  };
}
