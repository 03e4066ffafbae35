import type { Transaction } from 'dexie';
import type { Annotation, Id } from '../../../../core/model/types';
import { packAnnotationPages } from '../annotation-pages';
import type { SchemaVersion } from './schema-version';
import { schemaV6 } from './v6-annotation-columns';

/**
 * Moves every annotation into the paged rows, one project at a time (a project's annotations are
 * read whole: the rows are cut per document, sorted by id).
 */
export async function moveAnnotationsToPages(tx: Transaction): Promise<void> {
  const source = tx.table<Annotation, [Id, Id]>('projectAnnotations');
  const projectIds = (await source.orderBy('projectId').uniqueKeys()) as Id[];
  for (const projectId of projectIds) {
    const annotations = await source.where('projectId').equals(projectId).toArray();
    await tx.table('annotationPages').bulkAdd(packAnnotationPages(projectId, annotations));
  }
}

/**
 * Schema version 7: annotations are stored as rows of up to a few thousand per document
 * (`annotationPages`, see storage/annotation-pages.ts) instead of one record each with three
 * indexes: importing 100,000 annotations wrote 100,000 records and 400,000 index entries, which
 * alone took longer than the import's budget. Rows are keyed `[projectId+documentId+firstId]`;
 * `[projectId+documentId+size]` counts a document's annotations from keys and `*codeIds` finds
 * the rows holding a code. `projectAnnotations` is dropped once its records are moved.
 */
export const schemaV7: SchemaVersion = {
  version: 7,
  stores: {
    ...schemaV6.stores,
    projectAnnotations: null,
    annotationPages: '[projectId+documentId+firstId], [projectId+documentId+size], *codeIds',
  },
  upgrade: moveAnnotationsToPages,
};
