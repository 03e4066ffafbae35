/**
 * Composition root of the Electron main process: app identity, the `app://` scheme, security
 * policies, IPC handlers, menu and window. Logic lives in the modules it wires; this file only
 * connects them to Electron.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../core/corpus/parse-file';
import { APP_NAME, APP_ORIGIN, APP_SCHEME } from '../shared/ipc/app-identity';
import {
  FLUSH_DONE_CHANNEL,
  FLUSH_REQUEST_CHANNEL,
  MENU_COMMAND_CHANNEL,
  TEAM_FOLDER_CHANGED_CHANNEL,
} from '../shared/ipc/channels';
import type { MenuCommand } from '../shared/ipc/contract';
import { createElectronDialogs } from './electron-dialogs';
import { hardenWebContents } from './harden-web-contents';
import { createIpcHandlers, registerIpcHandlers } from './ipc/create-ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol/app-protocol-handler';
import { isPermissionGranted } from './security/permissions';
import { isTrustedUrl, type TrustedOrigins } from './security/trusted-origin';
import { createTeamFolderHandlers } from './team-folder/team-folder-handlers';
import { createTeamFolderLinks } from './team-folder/team-folder-links';
import { flushDoneHandler } from './window-close/flush-done-handler';
import { createFlushRequests } from './window-close/flush-requests';
import { flushBeforeClose } from './window-close/guard-window-close';

// Before anything touches app paths: the name fixes the user-data folder (and so the data).
app.setName(APP_NAME);
app.enableSandbox();

// Must happen before `ready`: a standard, secure scheme gets a real origin (app://marginalia),
// so IndexedDB, fetch and workers behave as on the web. Never file://.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      stream: true,
    },
  },
]);

// Tests (and careful users) can point the profile elsewhere, so a run never touches real data.
const userDataOverride = process.env['MARGINALIA_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

const devServerUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined;
const trusted: TrustedOrigins = devServerUrl ? { devServerUrl } : {};
// Relative to this bundle (out/main/index.js), so `electron .` and `electron out/main/index.js`
// both find the renderer and preload, as does a packaged app.
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;

// A closing window (close button, Ctrl+W, quitting) first lets its renderer write unsaved memos,
// waiting at most this long; a held close cancels a quit, so the quit is repeated afterwards.
const flushRequests = createFlushRequests({ timeoutMs: 2000 });
let quitting = false;

function openWindow(): void {
  const window = createMainWindow({
    preloadPath,
    startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
  });
  mainWindow = window;
  flushBeforeClose(window, flushRequests, FLUSH_REQUEST_CHANNEL, () => {
    if (quitting) app.quit();
  });
  window.on('closed', () => (mainWindow = null));
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

if (!app.requestSingleInstanceLock()) {
  // Another Marginalia is running; it gets focused through its 'second-instance' event.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', () => (quitting = true));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(rendererDir, (path) => readFile(path)),
    );

    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
      callback(isPermissionGranted(permission, details.requestingUrl, trusted)),
    );
    ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
      isPermissionGranted(permission, requestingOrigin, trusted),
    );
    ses.setDevicePermissionHandler(() => false);

    const dialogs = createElectronDialogs(() => app.getPath('documents'));
    const teamFolders = createTeamFolderHandlers({
      links: createTeamFolderLinks(join(app.getPath('userData'), 'team-folders.json')),
      pickFolder: (event) => dialogs.pickTeamFolder(event),
      notifyChange: (projectId) =>
        mainWindow?.webContents.send(TEAM_FOLDER_CHANGED_CHANNEL, projectId),
      now: () => new Date(),
    });
    app.on('will-quit', () => teamFolders.close());
    registerIpcHandlers(
      ipcMain,
      createIpcHandlers({
        trusted,
        dialogs,
        parseFile,
        backupsRoot: join(app.getPath('userData'), 'backups'),
        teamFolders,
        now: () => new Date(),
      }),
    );

    ipcMain.handle(
      FLUSH_DONE_CHANNEL,
      flushDoneHandler(
        (url) => isTrustedUrl(url, trusted),
        (token) => flushRequests.done(token),
      ),
    );

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(sendMenuCommand, {
          isMac: process.platform === 'darwin',
          isDev: !app.isPackaged,
        }),
      ),
    );

    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
