import { BrowserWindow } from 'electron';
import { APP_NAME } from '../shared/ipc/app-identity';

/**
 * Creates the workbench window with the locked-down web preferences the architecture requires
 * (context isolation, sandbox, no Node in the page, web security on) and loads `startUrl`
 * (`app://marginalia/` when built, the dev server under `electron-vite dev`).
 */
export function createMainWindow(options: {
  preloadPath: string;
  startUrl: string;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: APP_NAME,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}
