import type { Workbench } from '../../state/workbench';
import type { WorkbenchState } from '../../state/workbench-state';
import type { LocalChange, RemoteChanges, TabSyncHost } from './tab-sync';

/**
 * Tab sync over today's workbench. Until the change layer reports applied change sets
 * (`onChangeSetApplied`), local changes are read off the store: a new list of projects,
 * documents or codes, or a new annotations version, means this tab changed them (loading a
 * project or document announces too, which only costs the other tabs a small reload). Remote
 * changes are reloaded from storage inside the write queue, so they never interleave with an
 * edit of this tab, and without announcing them again.
 */
export function workbenchTabHost(workbench: Workbench): TabSyncHost {
  let applyingRemote = false;
  const set = (changes: Partial<WorkbenchState>) => {
    applyingRemote = true;
    try {
      workbench.store.set(changes);
    } finally {
      applyingRemote = false;
    }
  };

  return {
    projectId: () => workbench.state.projectId,

    onLocalChange(listener) {
      let before = workbench.state;
      return workbench.store.subscribe(() => {
        const now = workbench.state;
        const previous = before;
        before = now;
        if (applyingRemote) return;
        const projectId = now.projectId;
        if (!projectId) return;
        const announce = (change: Omit<LocalChange, 'projectId'>) =>
          listener({ projectId, ...change });
        if (now.projects !== previous.projects)
          announce({ table: 'projects', ids: [], documentIds: [] });
        if (now.projectId !== previous.projectId) return; // switching projects changes nothing
        if (now.documents !== previous.documents)
          announce({ table: 'documents', ids: [], documentIds: [] });
        if (now.codes !== previous.codes) announce({ table: 'codes', ids: [], documentIds: [] });
        const open = now.openDocument?.meta.id;
        if (
          open &&
          now.annotationsVersion !== previous.annotationsVersion &&
          open === previous.openDocument?.meta.id
        )
          announce({ table: 'annotations', ids: [], documentIds: [open] });
      });
    },

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
        set(patch);
        // Counts are not announced (they are derived), so no guard is needed here.
        if (changes.tables.has('annotations') || changes.tables.has('documents'))
          await workbench.refreshCounts();
      }),
  };
}
