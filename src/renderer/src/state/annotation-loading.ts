import {
  columnsFromAnnotations,
  type AnnotationColumns,
} from '../../../core/index/annotation-columns';
import type { Annotation, Id } from '../../../core/model/types';
import type { Session } from './session';

/** Yields to the event loop, so a key press waiting behind the load is handled between steps. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Rows compared, or records put in order, per task of the final steps (each stays ~10 ms). */
const STEP = 20_000;

/**
 * Whether the snapshot holds exactly the live annotations now in the index (ids and spans),
 * compared STEP rows per task.
 */
async function matchesIndex(session: Session, preview: AnnotationColumns): Promise<boolean> {
  const index = session.annotations;
  if (preview.ids.length !== index.size) return false;
  for (let row = 0; row < preview.ids.length; row++) {
    const a = index.get(preview.ids[row]!);
    if (!a || a.start !== preview.starts[row] || a.end !== preview.ends[row]) return false;
    if (row % STEP === STEP - 1) await nextTask();
  }
  return true;
}

/**
 * The live records in the snapshot's order (text order, near the index's own), STEP per task,
 * so the index's sort of them is a near-linear pass instead of a full sort in one long task;
 * records the snapshot lacks follow at the end (the sort puts them in place).
 */
async function inSnapshotOrder(
  records: readonly Annotation[],
  preview: AnnotationColumns,
): Promise<Annotation[]> {
  const byId = new Map<string, Annotation>();
  for (let i = 0; i < records.length; i++) {
    const a = records[i]!;
    if (!a.deleted) byId.set(a.id, a);
    if (i % STEP === STEP - 1) await nextTask();
  }
  const out: Annotation[] = [];
  for (let row = 0; row < preview.ids.length; row++) {
    const a = byId.get(preview.ids[row]!);
    if (a) {
      out.push(a);
      byId.delete(a.id);
    }
    if (row % STEP === STEP - 1) await nextTask();
  }
  for (const a of byId.values()) out.push(a);
  await nextTask();
  return out;
}

/** Records read per step after the first paint: each step's work stays near a frame's. */
const CHUNK = 5000;

/**
 * The document's records, read in id ranges spanning `ids` (sorted) CHUNK at a time (only the
 * stored rows holding each range), each in its own task, so loading 100,000 records after the
 * first paint never blocks the page for long (one read of all of them deserializes for most of a
 * second in one task). If the document has records the ranges missed (a snapshot out of step),
 * it reads them all at once instead.
 */
async function readInChunks(
  session: Session,
  projectId: Id,
  documentId: Id,
  ids: readonly string[],
): Promise<Annotation[]> {
  const { storage } = session;
  const sorted = [...ids].sort();
  const out: Annotation[] = [];
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const last = sorted[Math.min(i + CHUNK, sorted.length) - 1]!;
    const rows = await storage.annotationsBetweenIds(projectId, documentId, sorted[i]!, last);
    for (const a of rows) if (a.documentId === documentId) out.push(a);
    await nextTask();
  }
  const total = await storage.countAnnotationRecords(projectId, documentId);
  return total === out.length ? out : storage.listAnnotations(projectId, documentId);
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
  const records = preview
    ? await readInChunks(session, projectId, documentId, preview.ids)
    : await storage.listAnnotations(projectId, documentId);
  if (preview && !stillOpen()) return;
  const live: Annotation[] = preview
    ? await inSnapshotOrder(records, preview)
    : records.filter((a) => !a.deleted);
  if (preview && !stillOpen()) return;
  session.annotations.reset(live);
  if (preview) await nextTask();
  if (!preview || !(await matchesIndex(session, preview))) {
    await storage
      .putAnnotationColumns(projectId, documentId, columnsFromAnnotations(live))
      .catch(() => undefined); // only a slower next open
  }
  if (preview) {
    store.set({ annotationPreview: null, annotationsVersion: store.get().annotationsVersion + 1 });
  }
}
