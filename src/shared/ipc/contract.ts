import type { ParseOutcome } from '../../core/corpus/parse-outcome';
import type { TeamFileStamp } from '../../core/team-folder/file-changes';

/**
 * The one typed contract between the renderer and the Electron main process. The preload
 * exposes `MarginaliaBridge` as `window.marginalia`; main registers one handler per channel.
 * Channel names are in `channels.ts`, argument schemas (checked in main) in `schemas.ts`, menu
 * labels and shortcuts in `menu-commands.ts`, and the frozen scheme/host/app/database names in
 * `app-identity.ts`.
 */

/**
 * Commands the application menu sends to the renderer. The menu's accelerators take the keys
 * before the page sees them, so for `undo`/`redo`/`find` the renderer decides: in a text field
 * it should fall back to the native behaviour (e.g. `document.execCommand('undo')`).
 */
export type MenuCommand =
  | 'open-files'
  | 'open-folder'
  | 'open-sample'
  | 'export-project'
  | 'import-project'
  | 'undo'
  | 'redo'
  | 'find'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'toggle-corpus'
  | 'toggle-codebook'
  | 'shortcuts';

/** Error codes a handler can return; the message is for the user. */
export type IpcErrorCode = 'bad-sender' | 'invalid-argument' | 'io' | 'cancelled' | 'internal';

/** Every handler answers with a result, never a thrown error across the bridge. */
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/** A file filter for native dialogs. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** A rolling automatic backup of a project, as listed from the user-data folder. */
export interface BackupInfo {
  fileName: string;
  createdAt: string;
  byteSize: number;
}

/** The team folder a project is linked to, as main reports it (for display). */
export interface TeamFolderInfo {
  path: string;
  folderName: string;
  linkedAt: string;
}

/** The API the preload exposes to the renderer as `window.marginalia`. */
export interface MarginaliaBridge {
  /** Native dialog for documents (several files, or a folder read recursively), parsed in main. */
  openDocuments(mode: 'files' | 'folder'): Promise<IpcResult<ParseOutcome[] | null>>;
  /** Native save dialog, then writes text or bytes. `saved: false` when the user cancelled. */
  saveFile(request: {
    suggestedName: string;
    content: string | Uint8Array;
    filters: FileFilter[];
  }): Promise<IpcResult<{ saved: boolean; path?: string }>>;
  /** Native open dialog for one text file (exchange files, codebooks); null when cancelled. */
  openTextFile(request: {
    filters: FileFilter[];
  }): Promise<IpcResult<{ name: string; content: string } | null>>;
  /** Native open dialog for one file read as bytes (REFI-QDA archives); null when cancelled. */
  openFile(request: {
    filters: FileFilter[];
  }): Promise<IpcResult<{ name: string; bytes: Uint8Array } | null>>;
  /** Writes a rolling automatic backup of a project into the user-data folder. */
  writeBackup(request: {
    projectId: string;
    /**
     * The exchange file's UTF-8 bytes, as the exchange worker wrote and handed them over (never
     * a string on the UI thread); main refuses more than `MAX_BACKUP_BYTES`.
     */
    content: Uint8Array;
  }): Promise<IpcResult<{ fileName: string }>>;
  /** Lists a project's automatic backups, newest first. */
  listBackups(request: { projectId: string }): Promise<IpcResult<BackupInfo[]>>;
  /** Reads one automatic backup back. */
  readBackup(request: {
    projectId: string;
    fileName: string;
  }): Promise<IpcResult<{ content: string }>>;
  /** Native folder dialog; links the chosen folder to the project (kept in main). Null: cancelled. */
  linkTeamFolder(request: { projectId: string }): Promise<IpcResult<TeamFolderInfo | null>>;
  /** Forgets the project's team folder (the files in it stay). */
  unlinkTeamFolder(request: { projectId: string }): Promise<IpcResult<null>>;
  /** The project's team folder, if any, and main starts watching it for changes. */
  watchTeamFolder(request: { projectId: string }): Promise<IpcResult<TeamFolderInfo | null>>;
  /** The team files in the project's folder: names, sizes, modification times. */
  listTeamFiles(request: { projectId: string }): Promise<IpcResult<TeamFileStamp[]>>;
  /** Reads one team file (a teammate's) from the project's folder. */
  readTeamFile(request: {
    projectId: string;
    fileName: string;
  }): Promise<IpcResult<{ content: string }>>;
  /** Writes this coder's own team file atomically; main derives its name from the coder. */
  writeTeamFile(request: {
    projectId: string;
    coder: { id: string; name: string };
    content: string;
  }): Promise<IpcResult<{ fileName: string }>>;
  /** Subscribes to changes in linked team folders (a project id); returns an unsubscribe. */
  onTeamFolderChange(listener: (projectId: string) => void): () => void;
  /** Subscribes to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Runs `flush` when the window is about to close or the app to quit, so unsaved memos are
   * written first; main waits for it a short, bounded time. Returns an unsubscribe function.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
}
