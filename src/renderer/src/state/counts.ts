import type { ChangeSet } from '../../../core/changes/change-set';
import { applyCountDelta } from '../../../core/coding/annotation-counts';
import type { Annotation } from '../../../core/model/types';
import type { Session } from './session';

/**
 * Keeps the annotation counts (per document, per code) in step with applied change sets: from
 * the records a change set touched when it can, by an indexed recount when documents or
 * projects changed (their trash state changes what counts).
 */
export function createCounts(session: Pick<Session, 'store' | 'storage'>) {
  const { store, storage } = session;

  async function refresh(): Promise<void> {
    const projectId = store.get().projectId;
    if (!projectId) return;
    const [byDocument, byCode] = await Promise.all([
      storage.countAnnotationsByDocument(projectId),
      storage.countAnnotationsByCode(projectId),
    ]);
    if (store.get().projectId !== projectId) return;
    store.set({
      annotationCounts: Object.fromEntries(byDocument),
      codeCounts: Object.fromEntries(byCode),
    });
  }

  function onChangeSetApplied(set: ChangeSet): Promise<void> | undefined {
    const state = store.get();
    if (set.projectId !== state.projectId) return undefined;
    const live = new Set(state.documents.filter((d) => !d.deleted).map((d) => d.id));
    const onTrashedDocument = set.changes.some(
      (c) => c.kind === 'annotation' && !live.has(((c.after ?? c.before) as Annotation).documentId),
    );
    const next = onTrashedDocument
      ? null
      : applyCountDelta(
          { byDocument: state.annotationCounts, byCode: state.codeCounts },
          set.changes,
        );
    if (!next) return refresh();
    store.set({ annotationCounts: next.byDocument, codeCounts: next.byCode });
    return undefined;
  }

  return { refresh, onChangeSetApplied };
}
