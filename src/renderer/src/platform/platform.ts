import type { BatchResult } from '../../../core/corpus/import-batch';
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
  saveFile(name: string, content: string | Uint8Array, mime: string): Promise<boolean>;
  /** Asks for one text file to open; null when cancelled. */
  openTextFile(accept: string[]): Promise<OpenedTextFile | null>;
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
}

/** Where automatic backups are written and read back (the desktop's user-data folder). */
export interface BackupStore {
  list(projectId: string): Promise<BackupInfo[]>;
  read(projectId: string, fileName: string): Promise<string>;
  write(projectId: string, content: string): Promise<void>;
}
