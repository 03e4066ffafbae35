import { useEffect, useState } from 'react';
import type { RecordConflict } from '../../../../core/model/conflict';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';

/**
 * The open project's unresolved conflicts, read from storage when the project opens and again
 * after every change set that keeps or settles conflicts (a merge, a resolution, their undo) and
 * whenever the open project's annotations change or are reloaded (another tab's merge).
 * A small side list, so it is read whole.
 */
export function useConflicts(): RecordConflict[] {
  const workbench = useWorkbench();
  const projectId = useWorkbenchState((s) => s.projectId);
  // Another tab's merge or resolution reaches this one as a reload, which bumps this.
  const annotationsVersion = useWorkbenchState((s) => s.annotationsVersion);
  const [conflicts, setConflicts] = useState<RecordConflict[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => {
      if (!projectId) return setConflicts([]);
      void workbench.storage
        .listConflicts(projectId)
        .then((list) => live && setConflicts(list))
        .catch((error: unknown) => workbench.fail('Could not read the merge conflicts', error));
    };
    load();
    const stop = workbench.onChangeSetApplied((set) => {
      if (set.projectId !== projectId) return;
      if (set.conflictsAdded?.length || set.conflictsResolved?.length) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [workbench, projectId, annotationsVersion]);
  return conflicts;
}
