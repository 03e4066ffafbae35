import { quoteContext } from '../../anchoring/quote-context';
import { codePaths, nameKey } from '../../merge/name-key';
import type { ProjectSnapshot, SnapshotDocument } from '../../model/snapshot';
import type { Annotation, Code, Id } from '../../model/types';
import { normalizeForMatching, toNormalized, toRaw, type NormalizedText } from './normalized-text';

/** How an imported document was found to be one the project already has. */
export type DocumentMatchedBy = 'content-hash' | 'normalized-text';

/** What `alignToProject` found the imported file to share with the project. */
export interface AlignReport {
  documents: { incomingId: Id; localId: Id; by: DocumentMatchedBy }[];
  /** Incoming codes that are local ones by their path of names. */
  codes: number;
  /** Incoming coders that are local ones by name. */
  coders: number;
  /** Incoming annotations dropped because the project has each of their codings already. */
  annotations: number;
  /** Codings taken off incoming annotations that keep others (already coded there locally). */
  codings: number;
}

/** The incoming snapshot on the project's ids, without what the project already has. */
export interface AlignedImport {
  incoming: ProjectSnapshot;
  report: AlignReport;
}

const byId = (a: { id: Id }, b: { id: Id }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Prepares a file made by another tool (or another export of the same project) for the merge,
 * where ids mean nothing: every GUID differs between two exports of one project. Documents match
 * by id, then content hash, then by text normalized (BOM, line ends, trailing whitespace), with
 * the annotations' offsets moved onto the project's text; codes by their path of names; coders by
 * name when exactly one local coder has it. An incoming annotation whose span, coder and codes
 * the project already holds is dropped, and codes already applied to the same span by the same
 * coder are taken off the rest, so importing two exports of one project doubles nothing. Two
 * coders' codings of one span stay two (agreement needs both). Pure; the merge runs afterwards.
 */
export function alignToProject(local: ProjectSnapshot, incoming: ProjectSnapshot): AlignedImport {
  const coderMap = matchCoders(local, incoming);
  const docs = matchDocuments(local, incoming);
  const codeMap = matchCodes(local, incoming);
  const who = (id: Id) => coderMap.get(id) ?? id;
  const code = (id: Id) => codeMap.get(id) ?? id;
  const restamp = <T extends { createdBy: Id; updatedBy: Id }>(r: T): T => ({
    ...r,
    createdBy: who(r.createdBy),
    updatedBy: who(r.updatedBy),
  });

  const localSpans = new Map<string, Annotation[]>();
  for (const a of local.annotations) {
    if (a.deleted) continue;
    const key = spanKey(a.documentId, a.start, a.end, a.createdBy);
    localSpans.set(key, [...(localSpans.get(key) ?? []), a]);
  }
  const localAnnotationIds = new Set(local.annotations.map((a) => a.id));
  let droppedAnnotations = 0;
  let droppedCodings = 0;
  const annotations: Annotation[] = [];
  for (const original of incoming.annotations) {
    const a = moveAnnotation(restamp(original), docs.get(original.documentId), code);
    if (a.deleted || localAnnotationIds.has(a.id)) {
      annotations.push(a);
      continue;
    }
    const same = localSpans.get(spanKey(a.documentId, a.start, a.end, a.createdBy)) ?? [];
    if (same.length === 0) {
      annotations.push(a);
      continue;
    }
    const coded = new Set(same.flatMap((l) => l.codeIds));
    const fresh = a.codeIds.filter((c) => !coded.has(c));
    const memoKnown = a.memo.trim() === '' || same.some((l) => l.memo.trim() === a.memo.trim());
    if (fresh.length === 0 && memoKnown) {
      droppedAnnotations++;
      continue;
    }
    if (fresh.length > 0 && fresh.length < a.codeIds.length) {
      droppedCodings += a.codeIds.length - fresh.length;
      annotations.push({ ...a, codeIds: fresh });
    } else {
      annotations.push(a);
    }
  }

  const mappedDoc = (id: Id) => docs.has(id);
  const aligned: ProjectSnapshot = {
    ...incoming,
    project: restamp(incoming.project),
    coders: incoming.coders.filter((c) => !coderMap.has(c.id)),
    documents: incoming.documents.filter((d) => !mappedDoc(d.id)).map(restamp),
    codes: incoming.codes
      .filter((c) => !codeMap.has(c.id))
      .map((c) => restamp({ ...c, parentId: c.parentId === null ? null : code(c.parentId) })),
    annotations,
    purged: incoming.purged.map((p) => ({ ...p, purgedBy: who(p.purgedBy) })),
  };
  if (incoming.conflicts) {
    aligned.conflicts = incoming.conflicts.filter(
      (c) =>
        !(c.kind === 'document' && mappedDoc(c.record.id)) &&
        !(c.kind === 'code' && codeMap.has(c.record.id)),
    );
  }
  return {
    incoming: aligned,
    report: {
      documents: [...docs.values()].map(({ incomingId, localId, by }) => ({
        incomingId,
        localId,
        by,
      })),
      codes: codeMap.size,
      coders: coderMap.size,
      annotations: droppedAnnotations,
      codings: droppedCodings,
    },
  };
}

const spanKey = (doc: Id, start: number, end: number, coder: Id) =>
  `${doc}\u0000${start}\u0000${end}\u0000${coder}`;

/** An incoming document that is a local one, and how to move offsets onto the local text. */
interface DocumentMatch {
  incomingId: Id;
  localId: Id;
  by: DocumentMatchedBy;
  /** Present when the texts differ: the normalized forms of both. */
  texts?: { incoming: NormalizedText; local: NormalizedText; localText: string };
}

function matchCoders(local: ProjectSnapshot, incoming: ProjectSnapshot): Map<Id, Id> {
  const localIds = new Set(local.coders.map((c) => c.id));
  const byName = new Map<string, Id[]>();
  for (const c of local.coders) {
    const key = nameKey(c.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), c.id]);
  }
  const map = new Map<Id, Id>();
  for (const c of incoming.coders) {
    if (localIds.has(c.id)) continue;
    const named = byName.get(nameKey(c.name));
    if (named?.length === 1) map.set(c.id, named[0] as Id);
  }
  return map;
}

function matchDocuments(local: ProjectSnapshot, incoming: ProjectSnapshot): Map<Id, DocumentMatch> {
  const localIds = new Set(local.documents.map((d) => d.id));
  const live = local.documents.filter((d) => !d.deleted).sort(byId);
  const byHash = new Map<string, SnapshotDocument>();
  for (const d of live) if (!byHash.has(d.contentHash)) byHash.set(d.contentHash, d);
  let byText: Map<string, { doc: SnapshotDocument; normalized: NormalizedText }> | undefined;
  const map = new Map<Id, DocumentMatch>();
  for (const d of [...incoming.documents].sort(byId)) {
    if (localIds.has(d.id) || d.deleted) continue;
    const hashed = byHash.get(d.contentHash);
    if (hashed) {
      map.set(d.id, { incomingId: d.id, localId: hashed.id, by: 'content-hash' });
      continue;
    }
    if (d.text === undefined) continue;
    byText ??= normalizedIndex(live);
    const normalized = normalizeForMatching(d.text);
    const found = byText.get(normalized.text);
    if (!found || found.doc.text === undefined) continue;
    map.set(d.id, {
      incomingId: d.id,
      localId: found.doc.id,
      by: 'normalized-text',
      texts: { incoming: normalized, local: found.normalized, localText: found.doc.text },
    });
  }
  return map;
}

function normalizedIndex(docs: SnapshotDocument[]) {
  const index = new Map<string, { doc: SnapshotDocument; normalized: NormalizedText }>();
  for (const doc of docs) {
    if (doc.text === undefined) continue;
    const normalized = normalizeForMatching(doc.text);
    if (!index.has(normalized.text)) index.set(normalized.text, { doc, normalized });
  }
  return index;
}

function matchCodes(local: ProjectSnapshot, incoming: ProjectSnapshot): Map<Id, Id> {
  const localIds = new Set(local.codes.map((c) => c.id));
  const localPaths = codePaths(local.codes);
  const byPath = new Map<string, Id>();
  for (const c of [...local.codes].sort(byId)) {
    const path = localPaths.get(c.id);
    if (!c.deleted && path && !byPath.has(path)) byPath.set(path, c.id);
  }
  const incomingPaths = codePaths(incoming.codes);
  const map = new Map<Id, Id>();
  for (const c of incoming.codes as Code[]) {
    if (localIds.has(c.id) || c.deleted) continue;
    const target = byPath.get(incomingPaths.get(c.id) ?? '');
    if (target !== undefined) map.set(c.id, target);
  }
  return map;
}

/** The annotation on the local document and codes, its offsets moved onto the local text. */
function moveAnnotation(
  a: Annotation,
  match: DocumentMatch | undefined,
  code: (id: Id) => Id,
): Annotation {
  const codeIds = [...new Set(a.codeIds.map(code))];
  if (!match) return { ...a, codeIds };
  if (!match.texts) return { ...a, documentId: match.localId, codeIds };
  const { incoming, local, localText } = match.texts;
  let start = toRaw(local, toNormalized(incoming, a.start), 'start');
  const end = Math.max(start, toRaw(local, toNormalized(incoming, a.end), 'end'));
  if (start > end) start = end;
  return {
    ...a,
    documentId: match.localId,
    codeIds,
    start,
    end,
    ...quoteContext(localText, start, end),
  };
}
