import { useCallback, useEffect, useMemo, useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { createOrphanStore, type Orphan } from '../../storage/orphan-store';

/**
 * The open document's orphans, re-read when the document or its annotations change (an undone
 * placement brings its orphan back) and after the list's own edits (`reload`).
 */
export function useOrphans() {
  const workbench = useWorkbench();
  const projectId = useWorkbenchState((s) => s.projectId);
  const documentId = useWorkbenchState((s) => s.openDocument?.meta.id ?? null);
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const store = useMemo(() => createOrphanStore(workbench.storage.db), [workbench]);
  const [orphans, setOrphans] = useState<Orphan[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    if (!projectId || !documentId) {
      setOrphans([]);
      return;
    }
    store.listOrphans(projectId, documentId).then(
      (rows) => current && setOrphans(rows),
      (error: unknown) => workbench.fail('Could not read the orphans of this document', error),
    );
    return () => {
      current = false;
    };
  }, [store, workbench, projectId, documentId, version, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { orphans, store, reload };
}
