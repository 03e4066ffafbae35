import type { Annotation, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/**
 * Annotations: a document's are loaded once into the UI's interval index; counts are the small
 * derived views the side panels show. Edits go through change sets (`apply`).
 */
export interface AnnotationStore {
  /** Every annotation of the document, tombstones included. */
  listAnnotations(projectId: Id, documentId: Id): Promise<Annotation[]>;
  /**
   * The project's annotations (any document, tombstones included) whose ids lie between
   * `firstId` and `lastId` inclusive: one primary-key range read, so a document's records can be
   * loaded in chunks that each stay short (see loadDocumentAnnotations).
   */
  annotationsBetweenIds(projectId: Id, firstId: Id, lastId: Id): Promise<Annotation[]>;
  /** How many annotation records (tombstones included) the document has, from the index alone. */
  countAnnotationRecords(projectId: Id, documentId: Id): Promise<number>;
  /** The project's annotations carrying a code (tombstones included), by the multi-entry index. */
  annotationsWithCode(projectId: Id, codeId: Id): Promise<Annotation[]>;
  /**
   * Writes annotations as they are, bypassing change sets (no version check, no stamps): for
   * benchmarks and test set-up only; the app writes through `apply`.
   */
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
    listAnnotations: (projectId, documentId) =>
      db.projectAnnotations
        .where('[projectId+documentId]')
        .equals([projectId, documentId])
        .toArray(),
    annotationsBetweenIds: (projectId, firstId, lastId) =>
      db.projectAnnotations
        .where(':id')
        .between([projectId, firstId], [projectId, lastId], true, true)
        .toArray(),
    countAnnotationRecords: (projectId, documentId) =>
      db.projectAnnotations.where('[projectId+documentId]').equals([projectId, documentId]).count(),
    annotationsWithCode: async (projectId, codeId) =>
      (await db.projectAnnotations.where('codeIds').equals(codeId).toArray()).filter(
        (a) => a.projectId === projectId,
      ),
    putAnnotations: (annotations) =>
      db.transaction('rw', db.projectAnnotations, db.annotationColumns, async () => {
        await db.projectAnnotations.bulkPut([...annotations]);
        // Written past the change sets: their documents' snapshots are rebuilt at next open.
        await db.annotationColumns.bulkDelete(
          [...new Map(annotations.map((a) => [`${a.projectId}\n${a.documentId}`, a])).values()].map(
            (a): [Id, Id] => [a.projectId, a.documentId],
          ),
        );
      }),
    countAnnotationsByDocument: async (projectId) => {
      const counts = new Map<Id, number>();
      await db.projectAnnotations
        .where('projectId')
        .equals(projectId)
        .each((a) => {
          if (!a.deleted) increment(counts, a.documentId);
        });
      return counts;
    },
    countAnnotationsByCode: (projectId) =>
      db.transaction('r', db.projectDocuments, db.projectAnnotations, async () => {
        const deletedDocuments = new Set<Id>();
        await db.projectDocuments
          .where('projectId')
          .equals(projectId)
          .each((d) => {
            if (d.deleted) deletedDocuments.add(d.id);
          });
        const counts = new Map<Id, number>();
        await db.projectAnnotations
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
