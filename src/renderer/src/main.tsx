// Composition root of the renderer: picks the platform, opens storage, wires the workbench.
import { createRoot } from 'react-dom/client';
import type { MarginaliaBridge } from '../../shared/ipc/contract';
import { App } from './app/App';
import { WorkbenchContext } from './app/workbench-context';
import './app/theme.css';
import { createBrowserPlatform } from './platform/browser-platform';
import { createElectronPlatform } from './platform/electron-platform';
import { createStorage, openDatabase, requestPersistentStorage } from './storage';
import { Workbench } from './state/workbench';
import { createBackupScheduler } from './features/backups/backup-scheduler';
import { installDataSafety } from './features/safe-start/data-safety';
import { settingsHandleStore } from './features/team-folder/directory-handle-store';
import { followWorkbench } from './features/team-folder/follow-workbench';
import { TeamFolderContext } from './features/team-folder/team-folder-context';
import { createTeamFolderSync } from './features/team-folder/team-folder-sync';
import { quietMergeOf, workbenchTeamHost } from './features/team-folder/workbench-team-host';

const bridge = (window as Window & { marginalia?: MarginaliaBridge }).marginalia;
const storage = createStorage(openDatabase());
const platform = bridge
  ? createElectronPlatform(bridge)
  : createBrowserPlatform({ teamFolderHandles: settingsHandleStore(storage) });
const workbench = new Workbench(storage, platform);
// Side effects hang off applied change sets: automatic backups (desktop) after each round of edits.
const backups = createBackupScheduler(platform, storage, {
  onError: (error) => workbench.fail('Automatic backup failed', error),
});
workbench.onChangeSetApplied((set) => backups.schedule(set.projectId));
// The team folder: the coder's own file written after each round of edits, teammates' merged.
const teamFolder = createTeamFolderSync(
  platform.teamFolder,
  workbenchTeamHost(workbench, quietMergeOf(workbench)),
);
followWorkbench(workbench, teamFolder);

const safety = installDataSafety(workbench, bridge);

if (bridge) void requestPersistentStorage();
void workbench
  .init()
  .then(safety.afterInit)
  .catch((error: unknown) => workbench.fail('Could not open the database', error));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <WorkbenchContext.Provider value={workbench}>
      <TeamFolderContext.Provider value={teamFolder}>
        {safety.wrap(<App />)}
      </TeamFolderContext.Provider>
    </WorkbenchContext.Provider>,
  );
}
