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

const bridge = (window as Window & { marginalia?: MarginaliaBridge }).marginalia;
const platform = bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
const storage = createStorage(openDatabase());
const workbench = new Workbench(storage, platform);
// Side effects hang off applied change sets: automatic backups (desktop) after each round of edits.
const backups = createBackupScheduler(platform, storage, {
  onError: (error) => workbench.fail('Automatic backup failed', error),
});
workbench.onChangeSetApplied((set) => backups.schedule(set.projectId));

const safety = installDataSafety(workbench, bridge);

if (bridge) void requestPersistentStorage();
void workbench
  .init()
  .then(safety.afterInit)
  .catch((error: unknown) => workbench.fail('Could not open the database', error));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <WorkbenchContext.Provider value={workbench}>{safety.wrap(<App />)}</WorkbenchContext.Provider>,
  );
}
