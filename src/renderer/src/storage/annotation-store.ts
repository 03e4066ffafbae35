import type { Annotation, Id } from '../../../core/model/types';
import { AnnotationPageEditor, annotationPages } from './annotation-pages';
import type { MarginaliaDb } from './database';

/**
 * Annotations: a document's are loaded once into the UI's interval index; counts are the small
 * derived views the side panels show. Edits go through change sets (`apply`).
 */
export interface AnnotationStore {
  /** Every annotation of the document, tombstones included. */
  listAnnotations(projectId: Id, documentId: Id): Promise<Annotation[]>;
  /**
   * The document's annotations (tombstones included) whose ids lie between `firstId` and
   * `lastId` inclusive: only the rows holding that span are read, so a document's records can be
   * loaded in chunks that each stay short (see loadDocumentAnnotations).
   */
  annotationsBetweenIds(
    projectId: Id,
    documentId: Id,
    firstId: Id,
    lastId: Id,
  ): Promise<Annotation[]>;
  /** How many annotation records (tombstones included) the document has, from row keys alone. */
  countAnnotationRecords(projectId: Id, documentId: Id): Promise<number>;
  /** The project's annotations carrying a code (tombstones included): only rows holding it. */
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

/** `items` grouped by `keyOf`, in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => Id): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function increment(counts: Map<Id, number>, key: Id): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The annotations part of the storage API, over `db`. */
export function createAnnotationStore(db: MarginaliaDb): AnnotationStore {
  return {
    listAnnotations: (projectId, documentId) =>
      annotationPages.ofDocument(db, projectId, documentId),
    annotationsBetweenIds: (projectId, documentId, firstId, lastId) =>
      annotationPages.between(db, projectId, documentId, firstId, lastId),
    countAnnotationRecords: (projectId, documentId) =>
      annotationPages.countOfDocument(db, projectId, documentId),
    annotationsWithCode: (projectId, codeId) => annotationPages.withCode(db, projectId, codeId),
    putAnnotations: (annotations) =>
      db.transaction('rw', db.annotationPages, db.annotationColumns, async () => {
        for (const [projectId, list] of groupBy(annotations, (a) => a.projectId)) {
          const pages = new AnnotationPageEditor(db, projectId);
          await pages.load(list);
          for (const a of list) pages.put(a);
          await pages.flush();
        }
        // Written past the change sets: their documents' snapshots are rebuilt at next open.
        await db.annotationColumns.bulkDelete(
          [...new Map(annotations.map((a) => [`${a.projectId}\n${a.documentId}`, a])).values()].map(
            (a): [Id, Id] => [a.projectId, a.documentId],
          ),
        );
      }),
    countAnnotationsByDocument: async (projectId) => {
      const counts = new Map<Id, number>();
      await annotationPages.eachOfProject(db, projectId, (a) => {
        if (!a.deleted) increment(counts, a.documentId);
      });
      return counts;
    },
    countAnnotationsByCode: (projectId) =>
      db.transaction('r', db.projectDocuments, db.annotationPages, async () => {
        const deletedDocuments = new Set<Id>();
        await db.projectDocuments
          .where('projectId')
          .equals(projectId)
          .each((d) => {
            if (d.deleted) deletedDocuments.add(d.id);
          });
        const counts = new Map<Id, number>();
        await annotationPages.eachOfProject(db, projectId, (a) => {
          if (a.deleted || deletedDocuments.has(a.documentId)) return;
          for (const codeId of new Set(a.codeIds)) increment(counts, codeId);
        });
        return counts;
      }),
  };
}
