import type { Workbench } from '../../state/workbench';
import { notice } from '../../state/notices';
import type { MemoRecoveryHost } from './recover-drafts';

/**
 * Memo recovery over today's workbench API. Kept apart from the recovery logic so the change
 * to the edit model (commands and a repository) only touches this adapter.
 */
export function workbenchRecoveryHost(workbench: Workbench): MemoRecoveryHost {
  return {
    projectId: () => workbench.state.projectId,
    storedMemo: (target) => {
      const list = target.kind === 'code' ? workbench.state.codes : workbench.state.documents;
      const record = list.find((r) => r.id === target.id && !r.deleted);
      return record?.memo;
    },
    saveMemo: async (target, text) => {
      if (target.kind === 'document') await workbench.setDocumentMemo(target.id, text);
      else await workbench.codebook.update(target.id, { memo: text }, 'recover code memo');
    },
    showAnnotation: async (documentId, annotationId) => {
      if (!workbench.state.documents.some((d) => d.id === documentId && !d.deleted)) return false;
      await workbench.openDocument(documentId);
      if (!workbench.coding.annotation(annotationId)) return false;
      workbench.selectAnnotation(annotationId, { scroll: true });
      return true;
    },
    notify: (kind, title, details) => workbench.notify(notice(kind, title, details)),
  };
}
