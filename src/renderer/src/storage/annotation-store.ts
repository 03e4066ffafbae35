import type { Annotation, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/**
 * Annotations: a document's are loaded once into the UI's interval index and written through on
 * every edit. Counts are the small derived views the side panels live-query.
 */
export interface AnnotationStore {
  /** Every annotation of the document, tombstones included (the index needs them for undo). */
  listAnnotations(documentId: Id): Promise<Annotation[]>;
  /** Writes annotations (new or changed) in one transaction. */
  putAnnotations(annotations: readonly Annotation[]): Promise<void>;
  /** Live annotations per document id; documents without any are absent. */
  countAnnotationsByDocument(projectId: Id): Promise<Map<Id, number>>;
  /**
   * Live annotations per code id, counting only annotations on documents not in the trash; an
   * annotation with several codes counts once for each.
   */
  countAnnotationsByCode(projectId: Id): Promise<Map<Id, number>>;
}

function increment(counts: Map<Id, number>, key: Id): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The annotations part of the storage API, over `db`. */
export function createAnnotationStore(db: MarginaliaDb): AnnotationStore {
  return {
    listAnnotations: (documentId) =>
      db.annotations.where('documentId').equals(documentId).toArray(),
    putAnnotations: (annotations) =>
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.bulkPut([...annotations]);
      }),
    countAnnotationsByDocument: async (projectId) => {
      const counts = new Map<Id, number>();
      await db.annotations
        .where('projectId')
        .equals(projectId)
        .each((a) => {
          if (!a.deleted) increment(counts, a.documentId);
        });
      return counts;
    },
    countAnnotationsByCode: (projectId) =>
      db.transaction('r', db.documents, db.annotations, async () => {
        const deletedDocuments = new Set<Id>();
        await db.documents
          .where('projectId')
          .equals(projectId)
          .each((d) => {
            if (d.deleted) deletedDocuments.add(d.id);
          });
        const counts = new Map<Id, number>();
        await db.annotations
          .where('projectId')
          .equals(projectId)
          .each((a) => {
            if (a.deleted || deletedDocuments.has(a.documentId)) return;
            for (const codeId of new Set(a.codeIds)) increment(counts, codeId);
          });
        return counts;
      }),
  };
}
