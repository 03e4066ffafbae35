import {
  FLUSH_DONE_CHANNEL,
  FLUSH_REQUEST_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  TEAM_FOLDER_CHANGED_CHANNEL,
} from '../shared/ipc/channels';
import type { IpcResult, MarginaliaBridge, MenuCommand } from '../shared/ipc/contract';
import { isMenuCommand } from '../shared/ipc/menu-commands';

/** `ipcRenderer.invoke`, or a test double that calls the main handlers directly. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** Subscribes to a main → renderer channel (without the event object); returns an unsubscribe. */
export type Subscribe = (channel: string, listener: (...args: unknown[]) => void) => () => void;

/**
 * Builds `window.marginalia` from two primitives. The renderer gets only these typed methods,
 * never `ipcRenderer`; a rejected invoke (no handler, a crashed main) becomes an `internal`
 * error result, so callers only ever handle `IpcResult`. Menu commands that are not known
 * commands are dropped.
 */
export function createBridge(invoke: Invoke, subscribe: Subscribe): MarginaliaBridge {
  const call = async <T>(channel: string, ...args: unknown[]): Promise<IpcResult<T>> => {
    try {
      // The main handler answers with IpcResult<T> for this channel (see createIpcHandlers).
      return (await invoke(channel, ...args)) as IpcResult<T>;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'internal', message: `The desktop shell did not answer: ${message}` },
      };
    }
  };
  return Object.freeze({
    openDocuments: (mode) => call(IPC_CHANNELS.openDocuments, mode),
    saveFile: (request) => call(IPC_CHANNELS.saveFile, request),
    openTextFile: (request) => call(IPC_CHANNELS.openTextFile, request),
    openFile: (request) => call(IPC_CHANNELS.openFile, request),
    writeBackup: (request) => call(IPC_CHANNELS.writeBackup, request),
    listBackups: (request) => call(IPC_CHANNELS.listBackups, request),
    readBackup: (request) => call(IPC_CHANNELS.readBackup, request),
    linkTeamFolder: (request) => call(IPC_CHANNELS.linkTeamFolder, request),
    unlinkTeamFolder: (request) => call(IPC_CHANNELS.unlinkTeamFolder, request),
    watchTeamFolder: (request) => call(IPC_CHANNELS.watchTeamFolder, request),
    listTeamFiles: (request) => call(IPC_CHANNELS.listTeamFiles, request),
    readTeamFile: (request) => call(IPC_CHANNELS.readTeamFile, request),
    writeTeamFile: (request) => call(IPC_CHANNELS.writeTeamFile, request),
    onTeamFolderChange: (listener: (projectId: string) => void) =>
      subscribe(TEAM_FOLDER_CHANGED_CHANNEL, (projectId) => {
        if (typeof projectId === 'string') listener(projectId);
      }),
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      subscribe(MENU_COMMAND_CHANNEL, (command) => {
        if (isMenuCommand(command)) listener(command);
      }),
    onFlushRequest: (flush: () => Promise<void>) =>
      subscribe(FLUSH_REQUEST_CHANNEL, (token) => {
        // Answered even when a write failed: the failure stays on its field, the window may close.
        void flush()
          .catch(() => undefined)
          .then(() => invoke(FLUSH_DONE_CHANNEL, token))
          .catch(() => undefined);
      }),
  } satisfies MarginaliaBridge);
}
