import type { ChangeSet } from '../../../core/changes/change-set';
import { applyCountDelta } from '../../../core/coding/annotation-counts';
import type { Annotation } from '../../../core/model/types';
import type { Session } from './session';

/**
 * Keeps the annotation counts (per document, per code) in step with applied change sets: from
 * the records a change set touched when it can, by an indexed recount when documents or
 * projects changed (their trash state changes what counts).
 */
export function createCounts(session: Pick<Session, 'store' | 'storage' | 'platform'>) {
  const { store, storage, platform } = session;
  /** Change sets counted in so far; a recount that saw fewer is read again. */
  let applied = 0;

  /**
   * Recounts the open project. The platform's worker reads every annotation (at 100,000 a
   * second of cursor steps and record copies, off the UI thread); a change set counted in while
   * it read may be missing from what it read, so it reads again (a few times at most).
   */
  async function refresh(): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const projectId = store.get().projectId;
      if (!projectId) return;
      const since = applied;
      const counts = await platform.exchange.countAnnotations(projectId, storage);
      if (store.get().projectId !== projectId) return;
      if (applied !== since && attempt < 2) continue;
      store.set({ annotationCounts: counts.byDocument, codeCounts: counts.byCode });
      return;
    }
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
    applied += 1;
    if (!next) return refresh();
    store.set({ annotationCounts: next.byDocument, codeCounts: next.byCode });
    return undefined;
  }

  return { refresh, onChangeSetApplied };
}
