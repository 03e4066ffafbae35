import type { MarginaliaBridge } from './contract';

/**
 * IPC channel names, one per bridge method. Main registers a handler on each; the preload
 * invokes them. Kept free of zod so the sandboxed preload bundle stays small.
 */
export const IPC_CHANNELS = {
  openDocuments: 'marginalia:open-documents',
  saveFile: 'marginalia:save-file',
  openTextFile: 'marginalia:open-text-file',
  openFile: 'marginalia:open-file',
  writeBackup: 'marginalia:write-backup',
  listBackups: 'marginalia:list-backups',
  readBackup: 'marginalia:read-backup',
  linkTeamFolder: 'marginalia:link-team-folder',
  unlinkTeamFolder: 'marginalia:unlink-team-folder',
  watchTeamFolder: 'marginalia:watch-team-folder',
  listTeamFiles: 'marginalia:list-team-files',
  readTeamFile: 'marginalia:read-team-file',
  writeTeamFile: 'marginalia:write-team-file',
} as const satisfies Record<InvokeMethod, string>;

/** Bridge methods that are request/response calls (everything but the menu subscription). */
export type InvokeMethod = Exclude<
  keyof MarginaliaBridge,
  'onMenuCommand' | 'onFlushRequest' | 'onTeamFolderChange'
>;

/** One of the request/response channel names. */
export type IpcChannel = (typeof IPC_CHANNELS)[InvokeMethod];

/** Channel on which main sends a `MenuCommand` to the renderer (one-way, main → renderer). */
export const MENU_COMMAND_CHANNEL = 'marginalia:menu-command';

/** Main asks the renderer to write unsaved text before its window closes (a request token). */
export const FLUSH_REQUEST_CHANNEL = 'marginalia:flush-request';

/** The renderer answers a flush request with its token once the writes have ended. */
export const FLUSH_DONE_CHANNEL = 'marginalia:flush-done';

/** Main tells the renderer that a project's team folder changed on disk (a project id). */
export const TEAM_FOLDER_CHANGED_CHANNEL = 'marginalia:team-folder-changed';
