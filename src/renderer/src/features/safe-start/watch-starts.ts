import type { Workbench } from '../../state/workbench';
import type { StartGuard } from './start-guard';

/**
 * Marks a start in progress each time the workbench is about to show a project (before React
 * renders it), so a renderer that dies or hangs while showing it leaves a trace the next start
 * sees. `WorkbenchBoundary` clears the mark once the project has shown. Returns the unsubscribe.
 */
export function watchStarts(
  workbench: Pick<Workbench, 'store' | 'state'>,
  guard: StartGuard,
): () => void {
  let shown: string | null = null;
  return workbench.store.subscribe(() => {
    const { projectId, projects } = workbench.state;
    if (projectId === shown) return;
    shown = projectId;
    if (projectId) guard.starting(projectId, projects.find((p) => p.id === projectId)?.name ?? '');
  });
}
