import type { Workbench } from '../../state/workbench';
import type { TeamFolderSync } from './team-folder-sync';

/**
 * Keeps the team folder on the open project: follows project switches, starts once a coder is
 * set (nothing is written or merged without one), and hears every applied change set. Returns
 * the unsubscribe.
 */
export function followWorkbench(
  workbench: Pick<Workbench, 'store' | 'state' | 'onChangeSetApplied'>,
  sync: Pick<TeamFolderSync, 'open' | 'onChangeSetApplied'>,
): () => void {
  let followed: string | null = null;
  const follow = () => {
    const { projectId, coder, ready } = workbench.state;
    const wanted = ready && coder ? projectId : null;
    const key = wanted && `${wanted}:${coder?.id ?? ''}`;
    if (key === followed) return;
    followed = key;
    void sync.open(null).then(() => sync.open(wanted));
  };
  const unsubscribe = workbench.store.subscribe(follow);
  const unlisten = workbench.onChangeSetApplied((set) => sync.onChangeSetApplied(set));
  follow();
  return () => {
    unsubscribe();
    unlisten();
  };
}
