import { createContext, useContext, useSyncExternalStore } from 'react';
import type { TeamFolderSync, TeamFolderView } from './team-folder-sync';

/** The running team folder, provided by the composition root (null in tests that need none). */
export const TeamFolderContext = createContext<TeamFolderSync | null>(null);

/** The team folder service and what it shows now. */
export function useTeamFolder(): { sync: TeamFolderSync | null; view: TeamFolderView | null } {
  const sync = useContext(TeamFolderContext);
  const view = useSyncExternalStore(sync?.subscribe ?? noSubscribe, sync?.get ?? noView);
  return { sync, view };
}

const noSubscribe = () => () => undefined;
const noView = () => null;
