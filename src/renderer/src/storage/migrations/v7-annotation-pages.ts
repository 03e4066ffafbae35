import Dexie, { type Transaction } from 'dexie';
import type { Annotation, Id } from '../../../../core/model/types';
import { PAGE_TARGET, annotationRow } from '../annotation-pages';
import type { AnnotationPageRow } from '../rows';
import type { SchemaVersion } from './schema-version';
import { schemaV6 } from './v6-annotation-columns';

/** Annotations read per step of the upgrade: each step's read and write stay short tasks. */
export const UPGRADE_STEP = 5000;

/**
 * Moves every annotation into the paged rows, one project at a time, reading `UPGRADE_STEP`
 * annotations per step in key order (`[projectId+id]`, so each document's arrive sorted by id)
 * and writing each document's rows as they fill. Reading a whole project at once made one
 * 600 ms task at 100,000 annotations; in steps, the same move stays in short tasks, in the one
 * upgrade transaction (all or nothing).
 */
export async function moveAnnotationsToPages(tx: Transaction, step = UPGRADE_STEP): Promise<void> {
  const source = tx.table<Annotation, [Id, Id]>('projectAnnotations');
  const target = tx.table<AnnotationPageRow>('annotationPages');
  const projectIds = (await source.orderBy('projectId').uniqueKeys()) as Id[];
  for (const projectId of projectIds) {
    const filling = new Map<Id, { firstId: string; annotations: Annotation[] }>();
    let after: Id | null = null;
    for (;;) {
      const lower: [Id, Id | typeof Dexie.minKey] = [projectId, after ?? Dexie.minKey];
      const batch: Annotation[] = await source
        .where('[projectId+id]')
        .between(lower, [projectId, Dexie.maxKey], after === null, true)
        .limit(step)
        .toArray();
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
      const full: AnnotationPageRow[] = [];
      for (const a of batch) {
        let row = filling.get(a.documentId);
        if (!row) filling.set(a.documentId, (row = { firstId: '', annotations: [] }));
        if (row.annotations.length === PAGE_TARGET) {
          full.push(annotationRow(projectId, a.documentId, row.firstId, row.annotations));
          row.firstId = a.id;
          row.annotations = [];
        }
        row.annotations.push(a);
      }
      if (full.length > 0) await target.bulkAdd(full);
    }
    const rest = [...filling].map(([documentId, row]) =>
      annotationRow(projectId, documentId, row.firstId, row.annotations),
    );
    if (rest.length > 0) await target.bulkAdd(rest);
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
