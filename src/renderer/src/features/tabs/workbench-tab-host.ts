import type { Workbench } from '../../state/workbench';
import type { WorkbenchState } from '../../state/workbench-state';
import { announcementsFor } from './change-set-announcements';
import type { RemoteChanges, TabSyncHost } from './tab-sync';

/**
 * Tab sync over the workbench: every change set this tab applies (the change layer's
 * `onChangeSetApplied`) is announced; changes announced by other tabs are reloaded from storage
 * inside the write queue, so they never interleave with an edit of this tab, and are not
 * announced again (they do not go through the change layer).
 */
export function workbenchTabHost(workbench: Workbench): TabSyncHost {
  return {
    projectId: () => workbench.state.projectId,

    onLocalChange: (listener) =>
      workbench.onChangeSetApplied((set) => {
        for (const change of announcementsFor(set)) listener(change);
      }),

    reload: (changes: RemoteChanges) =>
      workbench.serial(async () => {
        const { storage } = workbench;
        const projectId = changes.projectId;
        if (workbench.state.projectId !== projectId) return;
        const patch: Partial<WorkbenchState> = {};
        if (changes.tables.has('projects')) patch.projects = await storage.listProjects();
        if (changes.tables.has('codes')) patch.codes = await storage.listCodes(projectId);
        if (changes.tables.has('documents')) {
          const documents = await storage.listDocuments(projectId);
          patch.documents = documents;
          const open = workbench.state.openDocument;
          const meta = open && documents.find((d) => d.id === open.meta.id);
          if (open) patch.openDocument = meta && !meta.deleted ? { ...open, meta } : null;
        }
        const openId = workbench.state.openDocument?.meta.id;
        if (
          openId &&
          (changes.annotationDocumentIds.has(openId) || changes.annotationDocumentIds.has('*'))
        ) {
          const annotations = await storage.listAnnotations(projectId, openId);
          if (workbench.state.openDocument?.meta.id === openId) {
            workbench.annotations.clear();
            for (const a of annotations) if (!a.deleted) workbench.annotations.add(a);
            const selected = workbench.state.selectedAnnotationId;
            patch.annotationsVersion = workbench.state.annotationsVersion + 1;
            if (selected && !workbench.annotations.get(selected)) patch.selectedAnnotationId = null;
          }
        }
        workbench.store.set(patch);
        // Counts are not announced (they are derived), so no guard is needed here.
        if (changes.tables.has('annotations') || changes.tables.has('documents'))
          await workbench.refreshCounts();
      }),
  };
}
