import {
  columnsFromAnnotations,
  type AnnotationColumns,
} from '../../../core/index/annotation-columns';
import type { Annotation, Id } from '../../../core/model/types';
import type { Session } from './session';

/** Whether the snapshot holds exactly the live annotations now in the index (ids and spans). */
function matchesIndex(session: Session, preview: AnnotationColumns): boolean {
  const index = session.annotations;
  if (preview.ids.length !== index.size) return false;
  for (let row = 0; row < preview.ids.length; row++) {
    const a = index.get(preview.ids[row]!);
    if (!a || a.start !== preview.starts[row] || a.end !== preview.ends[row]) return false;
  }
  return true;
}

/**
 * Loads the open document's full annotation records into the interval index (call inside the
 * write queue's turn, so edits wait for them). Given the snapshot the document was first
 * painted from, it then drops it (the painter switches to the index); the stored snapshot is
 * (re)built when there was none or it no longer matches the records. Does nothing if another
 * document was opened meanwhile.
 */
export async function loadDocumentAnnotations(
  session: Session,
  projectId: Id,
  documentId: Id,
  preview: AnnotationColumns | null,
): Promise<void> {
  const { store, storage } = session;
  const stillOpen = () =>
    store.get().projectId === projectId && store.get().openDocument?.meta.id === documentId;
  const records = await storage.listAnnotations(projectId, documentId);
  if (preview && !stillOpen()) return;
  const live: Annotation[] = records.filter((a) => !a.deleted);
  session.annotations.reset(live);
  if (!preview || !matchesIndex(session, preview)) {
    await storage
      .putAnnotationColumns(projectId, documentId, columnsFromAnnotations(live))
      .catch(() => undefined); // only a slower next open
  }
  if (preview) {
    store.set({ annotationPreview: null, annotationsVersion: store.get().annotationsVersion + 1 });
  }
}
