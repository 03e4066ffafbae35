/**
 * The sandboxed preload: exposes `window.marginalia` (a `MarginaliaBridge`) and nothing else.
 * It must bundle into ONE CommonJS file (sandboxed preloads can `require` only `electron`),
 * which electron.vite.config.ts arranges.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from './create-bridge';

const bridge = createBridge(
  (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    // Strip the event: it carries `sender` (ipcRenderer itself), which must not leak.
    const wrapped = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...args);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('marginalia', bridge);
