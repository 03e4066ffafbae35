import {
  changedTexts,
  matchIncoming,
  type ChangedText,
  type TextIdentity,
  type CodeMapping,
} from '../../../../core/merge';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Annotation, Id, Timestamp } from '../../../../core/model/types';
import type { Orphan } from '../../storage/orphan-store';
import { reanchorAnnotations } from '../reanchor/reanchor-annotations';
import type { ReanchorRunner } from '../reanchor/reanchor-runner';

/** How many incoming annotations were carried onto the local copies, and how. */
export interface CarriedCounts {
  exact: number;
  fuzzy: number;
  orphaned: number;
}

/** The incoming snapshot with its annotations carried, and the orphan rows to keep. */
export interface CarriedIncoming {
  /** The snapshot to merge: carried documents left out, their annotations on the local copies. */
  incoming: ProjectSnapshot;
  /** The pairs (local copy, incoming document with another text) whose annotations were carried. */
  pairs: ChangedText[];
  counts: CarriedCounts;
  /** Orphans of the local documents (not placed) and fuzzy placements (confidence shown). */
  review: Orphan[];
}

/** What carrying needs: the project as it is, the documents chosen, who re-anchors. */
export interface CarryRequest {
  local: ProjectSnapshot;
  incoming: ProjectSnapshot;
  /**
   * Local document ids whose incoming counterpart's annotations are carried onto them, or `all`:
   * every local document whose incoming counterpart has another text (the preview's default).
   */
  carryOnto: readonly Id[] | 'all';
  /** Local documents NOT to carry onto, even with `all` (unticked in the preview). */
  except?: readonly Id[];
  /** The merge's code mapping: orphans point at the codes their codes become here. */
  codeMapping: CodeMapping;
  reanchor: ReanchorRunner;
  /** In the user's words, shown beside each orphan: "merged from Ada's file". */
  origin: string;
  now: Timestamp;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/**
 * What carrying did, for a status line: "12 annotations carried onto your copies (2 fuzzily),
 * 1 kept as orphan"; empty when nothing was carried.
 */
export function carriedWords(c: CarriedCounts): string {
  const placed = c.exact + c.fuzzy;
  const parts: string[] = [];
  if (placed > 0)
    parts.push(
      `${placed} annotation${placed === 1 ? '' : 's'} carried onto your copies${c.fuzzy > 0 ? ` (${c.fuzzy} fuzzily)` : ''}`,
    );
  if (c.orphaned > 0) parts.push(`${c.orphaned} kept as orphan${c.orphaned === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** "Carried onto your copies: 12 exactly, 2 fuzzily (check them), 1 kept as orphan". */
export function carriedLine(c: CarriedCounts): string {
  const parts = [`${c.exact} exactly`];
  if (c.fuzzy > 0) parts.push(`${c.fuzzy} fuzzily (their confidence is shown: check them)`);
  parts.push(
    `${c.orphaned} kept as orphan${c.orphaned === 1 ? '' : 's'}${c.orphaned > 0 ? ' (see the orphans list of your copy)' : ''}`,
  );
  return `Annotations carried onto your copies: ${parts.join(', ')}.`;
}

/** Whether any count is not zero. */
export const carriedAny = (c: CarriedCounts): boolean => c.exact + c.fuzzy + c.orphaned > 0;

/**
 * "Carry the incoming annotations onto my copy": a workbench-side choice applied to the
 * INCOMING SNAPSHOT BEFORE THE MERGE IS COMPUTED, so the merge laws see nothing new. For each
 * chosen pair (an incoming document whose text differs from the local one it corresponds to),
 * the incoming document's live annotations are re-anchored from their quote, context and
 * position onto the local text (off the UI thread) and replace themselves in the snapshot with
 * the local document's id and their new offsets (ids and revisions kept, so the merge treats
 * them as any incoming annotation: new, updated or in conflict). Doubtful and unplaced ones
 * leave the snapshot and come back in `review` as orphans of the local document; fuzzy ones
 * come back there too so their confidence shows. The incoming copy of the document itself is
 * left out (it does not come in beside the local one). Deleted annotations of that document
 * follow it as tombstones on the local document (offsets clamped to its text), so a deletion
 * still reaches a local copy of the annotation. Nothing is written here.
 */
/**
 * The pairs a carry would re-anchor: incoming documents whose text differs from a local one
 * (`changedTexts`), on the local documents chosen (`all`, or these ids) and not excepted. Needs
 * only the local documents' ids, names and hashes, so a merge can tell it has nothing to carry
 * before it reads the whole project.
 */
export function carryPairs<Local extends TextIdentity>(
  localDocuments: readonly Local[],
  incoming: Pick<ProjectSnapshot, 'documents'>,
  carryOnto: readonly Id[] | 'all',
  except: readonly Id[] = [],
): ChangedText<Local>[] {
  const chosen = carryOnto === 'all' ? null : new Set(carryOnto);
  const excepted = new Set(except);
  return changedTexts({ documents: localDocuments }, incoming).filter(
    (p) => (!chosen || chosen.has(p.local.id)) && !excepted.has(p.local.id),
  );
}

export async function carryIncoming(request: CarryRequest): Promise<CarriedIncoming> {
  const { local, incoming } = request;
  const pairs = carryPairs(local.documents, incoming, request.carryOnto, request.except);
  const counts: CarriedCounts = { exact: 0, fuzzy: 0, orphaned: 0 };
  const review: Orphan[] = [];
  if (pairs.length === 0) return { incoming, pairs, counts, review };
  const replaced = new Map<Id, Annotation | null>();
  const codeIdHere = localCodeIds(local, incoming, request.codeMapping);
  const total = pairs.length;
  for (const [index, pair] of pairs.entries()) {
    const oldText = pair.incoming.text;
    const newText = pair.local.text;
    if (typeof newText !== 'string') continue;
    const own = incoming.annotations.filter((a) => a.documentId === pair.incoming.id);
    const live = own.filter((a) => !a.deleted);
    const out = await reanchorAnnotations(request.reanchor, {
      annotations: live,
      oldText: typeof oldText === 'string' ? oldText : null,
      newText,
      documentId: pair.local.id,
      origin: request.origin,
      now: request.now,
      ...(request.signal ? { signal: request.signal } : {}),
      onProgress: (done, of) => request.onProgress?.(index * of + done, total * of),
    });
    for (const c of [...out.exact, ...out.fuzzy])
      if (c.moved) replaced.set(c.annotation.id, c.moved);
    for (const c of out.orphans) replaced.set(c.annotation.id, null);
    for (const a of own.filter((x) => x.deleted)) {
      const end = Math.min(a.end, newText.length);
      replaced.set(a.id, { ...a, documentId: pair.local.id, start: Math.min(a.start, end), end });
    }
    counts.exact += out.exact.length;
    counts.fuzzy += out.fuzzy.length;
    counts.orphaned += out.orphans.length;
    // Rows of the local project (a file from another project carries its own project id).
    const projectId = local.project.id;
    review.push(
      ...out.review.map((r) => ({
        ...r,
        projectId,
        annotation: { ...r.annotation, projectId, codeIds: r.annotation.codeIds.map(codeIdHere) },
      })),
    );
  }
  const carriedDocuments = new Set(pairs.map((p) => p.incoming.id));
  const annotations: Annotation[] = [];
  for (const a of incoming.annotations) {
    const next = replaced.has(a.id) ? replaced.get(a.id) : a;
    if (next) annotations.push(next);
  }
  return {
    incoming: {
      ...incoming,
      documents: incoming.documents.filter((d) => !carriedDocuments.has(d.id)),
      annotations,
    },
    pairs,
    counts,
    review,
  };
}

/** Incoming code id → the id it has here (matched by id, mapping, path or name; else its own). */
function localCodeIds(
  local: ProjectSnapshot,
  incoming: ProjectSnapshot,
  codeMapping: CodeMapping,
): (id: Id) => Id {
  const here = new Map<Id, Id>();
  for (const m of matchIncoming(local, incoming, codeMapping).matches)
    if (m.kind === 'code') here.set(m.incomingId, m.localId);
  return (id) => here.get(id) ?? id;
}
