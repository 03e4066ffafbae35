import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/channels';
import type { ParseFile } from '../files/read-documents';
import { isTrustedUrl, type TrustedOrigins } from '../security/trusted-origin';
import { listBackupsHandler, readBackupHandler, writeBackupHandler } from './backup-handlers';
import { defineHandler, type IpcHandler } from './define-handler';
import { openFile, openTextFile, saveFile } from './file-dialog-handlers';
import type { NativeDialogs } from './native-dialogs';
import { openDocuments } from './open-documents';
import type { TeamFolderHandlers } from '../team-folder/team-folder-handlers';

/** Everything the IPC handlers depend on; the composition root passes Electron-backed ones. */
export interface IpcDependencies {
  trusted: TrustedOrigins;
  dialogs: NativeDialogs;
  parseFile: ParseFile;
  /** `<userData>/backups`. */
  backupsRoot: string;
  /** Team folders linked to projects (see `createTeamFolderHandlers`). */
  teamFolders: TeamFolderHandlers;
  now: () => Date;
  maxFolderDocuments?: number;
  maxTextFileBytes?: number;
}

/**
 * One checked handler per channel, ready for `ipcMain.handle`. Plain functions of their
 * dependencies, so the preload contract test can call them without Electron.
 */
export function createIpcHandlers(deps: IpcDependencies): Record<IpcChannel, IpcHandler> {
  const trustedSender = (url: string | undefined) => isTrustedUrl(url, deps.trusted);
  const backups = { backupsRoot: deps.backupsRoot, now: deps.now };
  return {
    [IPC_CHANNELS.openDocuments]: defineHandler('openDocuments', trustedSender, (event, [mode]) =>
      openDocuments(
        {
          dialogs: deps.dialogs,
          parseFile: deps.parseFile,
          maxFolderDocuments: deps.maxFolderDocuments,
        },
        event,
        mode,
      ),
    ),
    [IPC_CHANNELS.saveFile]: defineHandler('saveFile', trustedSender, (event, [request]) =>
      saveFile(deps.dialogs, event, request),
    ),
    [IPC_CHANNELS.openTextFile]: defineHandler('openTextFile', trustedSender, (event, [request]) =>
      openTextFile(deps.dialogs, event, request, deps.maxTextFileBytes),
    ),
    [IPC_CHANNELS.openFile]: defineHandler('openFile', trustedSender, (event, [request]) =>
      openFile(deps.dialogs, event, request, deps.maxTextFileBytes),
    ),
    [IPC_CHANNELS.writeBackup]: defineHandler('writeBackup', trustedSender, (_event, [request]) =>
      writeBackupHandler(backups, request),
    ),
    [IPC_CHANNELS.listBackups]: defineHandler('listBackups', trustedSender, (_event, [request]) =>
      listBackupsHandler(backups, request),
    ),
    [IPC_CHANNELS.readBackup]: defineHandler('readBackup', trustedSender, (_event, [request]) =>
      readBackupHandler(backups, request),
    ),
    [IPC_CHANNELS.linkTeamFolder]: defineHandler('linkTeamFolder', trustedSender, (event, [r]) =>
      deps.teamFolders.link(event, r),
    ),
    [IPC_CHANNELS.unlinkTeamFolder]: defineHandler('unlinkTeamFolder', trustedSender, (_e, [r]) =>
      deps.teamFolders.unlink(r),
    ),
    [IPC_CHANNELS.watchTeamFolder]: defineHandler('watchTeamFolder', trustedSender, (_e, [r]) =>
      deps.teamFolders.watch(r),
    ),
    [IPC_CHANNELS.listTeamFiles]: defineHandler('listTeamFiles', trustedSender, (_e, [r]) =>
      deps.teamFolders.list(r),
    ),
    [IPC_CHANNELS.readTeamFile]: defineHandler('readTeamFile', trustedSender, (_e, [r]) =>
      deps.teamFolders.read(r),
    ),
    [IPC_CHANNELS.writeTeamFile]: defineHandler('writeTeamFile', trustedSender, (_e, [r]) =>
      deps.teamFolders.write(r),
    ),
  };
}

/** The part of `ipcMain` used to register handlers. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcHandler): void;
}

/** Registers every handler on `ipcMain`. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Record<IpcChannel, IpcHandler>,
): void {
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}
