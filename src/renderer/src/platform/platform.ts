import type { BatchResult } from '../../../core/corpus/import-batch';
import type { TeamFileStamp } from '../../../core/team-folder/file-changes';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import type { BackupInfo, MenuCommand } from '../../../shared/ipc/contract';
import type { ExchangeRunner } from './exchange-runner';

/** Documents already in the project, so a batch can report duplicates instead of adding them. */
export type KnownDocument = { contentHash: string; name: string };

/** A text file the user chose to open (an exchange file, a codebook). */
export interface OpenedTextFile {
  name: string;
  content: string;
}

/**
 * Everything the renderer needs from the outside world. Two implementations: `electron` (the
 * preload bridge, native dialogs, parsing in main) and `browser` (pickers, drag and drop,
 * downloads, a Web Worker for parsing). Nothing else in the renderer knows which one it runs on.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Asks for documents (several files, or a folder read recursively) and parses them; null if cancelled. */
  openDocuments(mode: 'files' | 'folder', known: KnownDocument[]): Promise<BatchResult | null>;
  /** Parses files the user dropped or that came from elsewhere (sample corpus). */
  parseFiles(files: InputFile[], known: KnownDocument[]): Promise<BatchResult>;
  /** Saves text or bytes under a suggested name (a download in the browser); false when cancelled. */
  saveFile(name: string, content: string | Uint8Array | Blob, mime: string): Promise<boolean>;
  /** Asks for one text file to open; null when cancelled. */
  openTextFile(accept: string[]): Promise<OpenedTextFile | null>;
  /**
   * Asks for an exchange file to import; null when cancelled. The browser hands over the File
   * itself, which the exchange worker reads, so a 60 MB file is never decoded or copied on the
   * UI thread; the desktop hands over the text its main process read.
   */
  openExchangeFile(accept: string[]): Promise<{ name: string; source: string | Blob } | null>;
  /** Asks for one file to open as bytes (a REFI-QDA archive); null when cancelled. */
  openFile(accept: string[]): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Application-menu commands (desktop only; the browser has none). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Reads files the user dropped onto the window. */
  readDroppedFiles(files: File[]): Promise<InputFile[]>;
  /** The sample corpus that ships with the app, as raw files for the parsers. */
  loadSampleCorpus(): Promise<InputFile[]>;
  /** The starter codebook written for the sample corpus (native codebook JSON). */
  loadStarterCodebook(): Promise<string>;
  /** Exporting and reading exchange files off the UI thread. */
  readonly exchange: ExchangeRunner;
  /** Rolling automatic backups of projects (desktop only; null in the browser). */
  readonly backups: BackupStore | null;
  /**
   * A folder shared with the team, linked per project (desktop: a folder main keeps for the
   * project; browser: a directory handle). Null in a browser without the File System Access API.
   */
  readonly teamFolder: TeamFolderAccess | null;
}

/** A project's linked team folder, as the workbench shows it. */
export interface TeamFolderLink {
  /** The folder's name (the desktop also knows its path). */
  folderName: string;
  path?: string;
  /** False in the browser until the user allows access again (after a restart). */
  ready: boolean;
}

/**
 * The few operations a team folder needs. The workbench names the project and never a path;
 * only the coder's own file is ever written, and the platform derives its name from the coder.
 */
export interface TeamFolderAccess {
  /** Asks the user for a folder and links it to the project; null when cancelled. */
  link(projectId: string): Promise<TeamFolderLink | null>;
  /** Forgets the project's folder (the files in it stay). */
  unlink(projectId: string): Promise<void>;
  /** The project's folder, if linked (and on the desktop, starts watching it). */
  open(projectId: string): Promise<TeamFolderLink | null>;
  /** Asks again for access to a linked folder (browser; must run from a click). */
  reconnect(projectId: string): Promise<TeamFolderLink | null>;
  /** The team files in the folder. */
  list(projectId: string): Promise<TeamFileStamp[]>;
  /** Reads one team file (a teammate's). */
  read(projectId: string, fileName: string): Promise<string>;
  /** Writes the coder's own team file, whole or not at all; resolves with its name. */
  writeOwn(
    projectId: string,
    coder: { id: string; name: string },
    content: string,
  ): Promise<string>;
  /** Calls back when a linked folder may have changed (a project id); returns the unsubscribe. */
  onChange(listener: (projectId: string) => void): () => void;
}

/** Where automatic backups are written and read back (the desktop's user-data folder). */
export interface BackupStore {
  list(projectId: string): Promise<BackupInfo[]>;
  read(projectId: string, fileName: string): Promise<string>;
  /** `content`: the exchange file's UTF-8 bytes, as the exchange worker made and handed them over. */
  write(projectId: string, content: Uint8Array): Promise<void>;
}
