import type { Annotation, Id } from './types';

/**
 * The live (not deleted) annotations of each document, in the order they come in `annotations`
 * (no sort): what the per-document snapshots and exports start from.
 */
export function groupLiveByDocument(annotations: readonly Annotation[]): Map<Id, Annotation[]> {
  const byDocument = new Map<Id, Annotation[]>();
  for (const a of annotations) {
    if (a.deleted) continue;
    const list = byDocument.get(a.documentId);
    if (list) list.push(a);
    else byDocument.set(a.documentId, [a]);
  }
  return byDocument;
}
