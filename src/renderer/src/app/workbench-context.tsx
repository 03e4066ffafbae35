import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Workbench } from '../state/workbench';
import type { WorkbenchState } from '../state/workbench-state';

/** Carries the composition root's workbench to components (no singletons imported). */
export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench service. */
export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench outside WorkbenchContext');
  return workbench;
}

/** Subscribes to a slice of the workbench state. */
export function useWorkbenchState<T>(select: (state: WorkbenchState) => T): T {
  const workbench = useWorkbench();
  return useSyncExternalStore(workbench.store.subscribe, () => select(workbench.store.get()));
}
