import type { ProjectSnapshot, SnapshotDocument } from '../../model/snapshot';
import { isNeitherDecision, provenanceWarnings } from '../../model/provenance';
import type { Annotation, Code, Id } from '../../model/types';

/** The live part of a snapshot that a REFI-QDA export writes, with the codebook as a tree. */
export interface ExportView {
  /** Children of each code id, `null` for the top level, sorted by `order` then name. */
  childrenOf: Map<Id | null, Code[]>;
  documents: (SnapshotDocument & { text: string })[];
  annotations: Annotation[];
  /** Why records were left out or lost something (documents without text, provenance). */
  warnings: string[];
}

/**
 * Picks what an export writes: records not in the trash; documents that carry their text (a
 * REFI-QDA source must have one); annotations on those documents, with codes in the trash
 * dropped from their code lists. A code whose parent is gone goes to the top level. REFI-QDA has
 * no place for a consensus annotation's provenance: links are dropped and "accept neither"
 * decisions left out, each said in `warnings`.
 */
export function exportView(snapshot: ProjectSnapshot): ExportView {
  const codes = snapshot.codes.filter((c) => !c.deleted);
  const live = new Set(codes.map((c) => c.id));
  const childrenOf = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && live.has(code.parentId) ? code.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(code);
    childrenOf.set(parent, list);
  }
  for (const list of childrenOf.values()) {
    list.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  const warnings: string[] = [];
  const documents = snapshot.documents.filter((d): d is SnapshotDocument & { text: string } => {
    if (d.deleted) return false;
    if (d.text === undefined)
      warnings.push(`"${d.name}" has no text in this file and was left out`);
    return d.text !== undefined;
  });
  const docIds = new Set(documents.map((d) => d.id));
  const kept = snapshot.annotations.filter((a) => !a.deleted && docIds.has(a.documentId));
  warnings.push(...provenanceWarnings(kept, 'REFI-QDA'));
  const annotations = kept
    .filter((a) => !isNeitherDecision(a))
    .map((a) => ({ ...a, codeIds: a.codeIds.filter((id) => live.has(id)) }));
  return { childrenOf, documents, annotations, warnings };
}
