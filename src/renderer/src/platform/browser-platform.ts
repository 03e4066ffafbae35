import { formatOf } from '../../../core/corpus/file-name';
import type { OpenedTextFile, Platform } from './platform';
import { createWorkerExchange } from './exchange-runner';
import {
  createBrowserTeamFolder,
  directoryPicker,
  type DirectoryHandleStore,
} from './browser-team-folder';
import { readFiles } from './read-files';
import { loadSampleCorpus, loadStarterCodebook } from './sample-corpus';
import { createWorkerParser } from './worker-parser';
import { readPicked } from './read-picked-file';

/**
 * What a folder import reads, as the desktop folder walk does: documents Marginalia can parse,
 * no hidden files or files inside hidden folders. Returns the kept files and how many were skipped.
 */
export function documentsInFolder(files: File[]): { kept: File[]; skipped: number } {
  const kept = files.filter((file) => {
    const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    return formatOf(file.name) !== null && !path.split('/').some((part) => part.startsWith('.'));
  });
  return { kept, skipped: files.length - kept.length };
}

/** Opens a native file input and resolves with the chosen files (empty when cancelled). */
function pick(options: { accept?: string; multiple?: boolean; folder?: boolean }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.setAttribute('data-testid', options.folder ? 'folder-input' : 'file-input');
    if (options.accept) input.accept = options.accept;
    input.multiple = options.multiple ?? false;
    if (options.folder) input.webkitdirectory = true;
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/**
 * The browser platform: pickers, drag and drop, downloads, and a Web Worker for parsing. Team
 * folders need the File System Access API and somewhere to keep directory handles.
 */
export function createBrowserPlatform(
  options: { teamFolderHandles?: DirectoryHandleStore } = {},
): Platform {
  const parse = createWorkerParser();
  const pickDirectory = directoryPicker();
  return {
    kind: 'browser',
    async openDocuments(mode, known) {
      const files = await pick(
        mode === 'folder'
          ? { folder: true, multiple: true }
          : {
              accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html',
              multiple: true,
            },
      );
      if (files.length === 0) return null;
      if (mode === 'files') return parse(await readFiles(files), known);
      const { kept, skipped } = documentsInFolder(files);
      const result = await parse(await readFiles(kept), known);
      if (skipped > 0) {
        result.warnings.push(
          `${skipped} file${skipped === 1 ? ' was' : 's were'} skipped: hidden, or not .txt, .md or .html.`,
        );
      }
      return result;
    },
    parseFiles: parse,
    async saveFile(name, content, mime) {
      // A copy, so the Blob owns a plain ArrayBuffer whatever buffer the bytes came in.
      const part =
        typeof content === 'string' || content instanceof Blob ? content : new Uint8Array(content);
      const url = URL.createObjectURL(new Blob([part], { type: mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    async openTextFile(accept): Promise<OpenedTextFile | null> {
      const [file] = await pick({ accept: accept.join(',') });
      if (!file) return null;
      return { name: file.name, content: await readPicked(file, () => file.text()) };
    },
    async openExchangeFile(accept) {
      const [file] = await pick({ accept: accept.join(',') });
      return file ? { name: file.name, source: file } : null;
    },
    async openFile(accept) {
      const [file] = await pick({ accept: accept.join(',') });
      if (!file) return null;
      return {
        name: file.name,
        bytes: new Uint8Array(await readPicked(file, () => file.arrayBuffer())),
      };
    },
    onMenuCommand() {
      return () => undefined;
    },
    readDroppedFiles: readFiles,
    loadSampleCorpus,
    loadStarterCodebook,
    exchange: createWorkerExchange(),
    backups: null,
    teamFolder:
      pickDirectory && options.teamFolderHandles
        ? createBrowserTeamFolder(options.teamFolderHandles, pickDirectory)
        : null,
  };
}
