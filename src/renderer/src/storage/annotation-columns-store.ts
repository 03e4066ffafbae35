import {
  columnsFromAnnotations,
  patchColumnsInSteps,
  type AnnotationColumns,
  type ColumnAnnotation,
} from '../../../core/index/annotation-columns';
import type { ChangeSet } from '../../../core/changes/change-set';
import { groupLiveByDocument } from '../../../core/model/live-by-document';
import type { Annotation, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';
import { columnsFromRow, columnsToRow } from './annotation-columns-row';
import type { AnnotationColumnsRow } from './rows';

/**
 * Each document's compact annotation snapshot (schema version 6): read at open to paint before
 * the full records load. The repository keeps it current inside every change set's transaction
 * (`patchStoredColumns`); a document without one gets it at its next open (`putAnnotationColumns`).
 */
export interface AnnotationColumnsStore {
  /** The document's snapshot of live annotations, or undefined if none was kept yet. */
  getAnnotationColumns(projectId: Id, documentId: Id): Promise<AnnotationColumns | undefined>;
  /** Keeps `columns` as the document's snapshot (built from its full records). */
  putAnnotationColumns(projectId: Id, documentId: Id, columns: AnnotationColumns): Promise<void>;
}

/** The snapshot part of the storage API, over `db`. */
export function createAnnotationColumnsStore(db: MarginaliaDb): AnnotationColumnsStore {
  return {
    getAnnotationColumns: async (projectId, documentId) => {
      const row = await db.annotationColumns.get([projectId, documentId]);
      return row ? columnsFromRow(row) : undefined;
    },
    putAnnotationColumns: async (projectId, documentId, columns) => {
      await db.annotationColumns.put(columnsToRow(projectId, documentId, columns));
    },
  };
}

/**
 * Patches the snapshots of the documents whose annotations `set` changes; call inside the
 * transaction that writes it. A document created by the same set starts from an empty snapshot;
 * any other document without one is left for its next open to build.
 */
export async function patchStoredColumns(db: MarginaliaDb, set: ChangeSet): Promise<void> {
  const edits = new Map<Id, { removed: Set<string>; added: ColumnAnnotation[] }>();
  const edit = (documentId: Id) => {
    let e = edits.get(documentId);
    if (!e) edits.set(documentId, (e = { removed: new Set(), added: [] }));
    return e;
  };
  const created = new Set<Id>();
  for (const change of set.changes) {
    if (change.kind === 'document' && !change.before && change.after) {
      created.add(change.after.id);
      edit(change.after.id);
    }
    if (change.kind !== 'annotation') continue;
    const before = change.before as Annotation | null;
    const after = change.after as Annotation | null;
    if (before) edit(before.documentId).removed.add(before.id);
    if (after) edit(after.documentId).removed.add(after.id);
    if (after && !after.deleted) edit(after.documentId).added.push(after);
  }
  // One document's snapshot read, patched and written at a time, each request a task of its
  // own: a merge touching every document read and then wrote all their snapshots (100,000
  // annotations' columns) in two requests, each a main-thread task of 60-90 ms.
  for (const [documentId, { removed, added }] of edits) {
    const row = await db.annotationColumns.get([set.projectId, documentId]);
    let put: AnnotationColumnsRow | null = null;
    // A request between steps keeps the transaction open and lets other tasks run in between.
    // A count reads no row: reading the snapshot row here (as before) deserialized the whole
    // snapshot at every step, about 20 times per edit at 100,000 annotations (issue 9).
    const pause = () =>
      db.annotationColumns.where(':id').equals([set.projectId, documentId]).count();
    if (row) {
      const columns = await patchColumnsInSteps(columnsFromRow(row), removed, added, pause);
      put = columnsToRow(set.projectId, documentId, columns);
    } else if (created.has(documentId))
      put = columnsToRow(set.projectId, documentId, columnsFromAnnotations(added));
    if (put) await db.annotationColumns.put(put);
  }
}

/**
 * The snapshot rows of a whole new project: one per live document, empty for a document without
 * live annotations (so its first open needs no full read either).
 */
export function columnsRowsOf(
  projectId: Id,
  documents: readonly { id: Id; deleted: boolean }[],
  annotations: readonly Annotation[],
): AnnotationColumnsRow[] {
  const byDocument = groupLiveByDocument(annotations);
  return documents
    .filter((d) => !d.deleted)
    .map((d) => columnsToRow(projectId, d.id, columnsFromAnnotations(byDocument.get(d.id) ?? [])));
}

/** Writes the snapshot of every document of `annotations` (a whole new project's). */
export async function writeColumnsOf(
  db: MarginaliaDb,
  projectId: Id,
  annotations: readonly Annotation[],
): Promise<void> {
  const byDocument = groupLiveByDocument(annotations);
  await db.annotationColumns.bulkPut(
    [...byDocument].map(([d, list]) => columnsToRow(projectId, d, columnsFromAnnotations(list))),
  );
}
