import type { Id, Timestamp } from '../../../../core/model/types';
import type { Storage } from '../../storage';
import { reanchorAnnotations, type ReanchoredAnnotations } from './reanchor-annotations';
import type { ReanchorRunner, ReanchorRunOptions } from './reanchor-runner';

/** What `reanchorChangedDocument` needs: where the local document is read, and who re-anchors. */
export interface ReanchorHost {
  storage: Pick<Storage, 'getDocument' | 'listAnnotations'>;
  /** A worker in the app (`createWorkerReanchor`), `inThreadReanchor` in Node tests. */
  reanchor: ReanchorRunner;
}

/** A local document whose incoming counterpart has another text. */
export interface ChangedDocument extends ReanchorRunOptions {
  projectId: Id;
  /** The local document (its text is what the annotations were made on). */
  localDocumentId: Id;
  /** The incoming text (canonical: LF line ends, no BOM). */
  newText: string;
  /** The document the annotations end up on (default: the local document's id). */
  targetDocumentId?: Id;
  /** What brings the new text, in the user's words ("merged from Ada's file"); orphans show it. */
  origin: string;
  now: Timestamp;
}

/**
 * Entry point for the merge (features/merge): an incoming document corresponds to a local one
 * (same id or name) but its text differs. Re-anchors the local document's live annotations on
 * the new text, off the UI thread, and returns them sorted: `exact` (apply silently), `fuzzy`
 * (apply; their confidence is shown) and `orphans` (not placed). Applying is the caller's: put
 * each `moved` record of exact and fuzzy ones in the merge's change set, and keep `review` with
 * the orphan store (`createOrphanStore(db).keepOrphans`) so the orphans list of the target
 * document shows them. Nothing is written here; a cancelled run rejects with an `AbortError`.
 */
export async function reanchorChangedDocument(
  host: ReanchorHost,
  changed: ChangedDocument,
): Promise<ReanchoredAnnotations> {
  const { projectId, localDocumentId } = changed;
  const local = await host.storage.getDocument(projectId, localDocumentId);
  if (!local) throw new Error(`The document ${localDocumentId} is not in this project.`);
  const annotations = (await host.storage.listAnnotations(projectId, localDocumentId)).filter(
    (a) => !a.deleted,
  );
  return reanchorAnnotations(host.reanchor, {
    annotations,
    oldText: local.text,
    newText: changed.newText,
    documentId: changed.targetDocumentId ?? localDocumentId,
    origin: changed.origin,
    now: changed.now,
    ...(changed.signal ? { signal: changed.signal } : {}),
    ...(changed.onProgress ? { onProgress: changed.onProgress } : {}),
  });
}
