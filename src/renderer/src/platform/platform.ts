import type { BatchResult } from '../../../core/corpus/import-batch';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import type { MenuCommand } from '../../../shared/ipc/contract';

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
  /** Saves text under a suggested name (a download in the browser); false when cancelled. */
  saveTextFile(name: string, content: string, mime: string): Promise<boolean>;
  /** Asks for one text file to open; null when cancelled. */
  openTextFile(accept: string[]): Promise<OpenedTextFile | null>;
  /** Application-menu commands (desktop only; the browser has none). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
