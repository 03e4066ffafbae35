import { BatchCollector } from '../../../core/corpus/import-batch';
import type { IpcResult, MarginaliaBridge } from '../../../shared/ipc/contract';
import { createWorkerExchange } from './exchange-runner';
import { readFiles } from './read-files';
import type { BackupStore, Platform, TeamFolderAccess, TeamFolderLink } from './platform';
import { loadSampleCorpus, loadStarterCodebook } from './sample-corpus';
import { createWorkerParser } from './worker-parser';

/** A Blob's bytes, read without decoding them on this thread (IPC copies bytes cheaply). */
async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Turns a bridge result into a value, or throws its user-facing message. */
function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new Error(result.error.message);
}

/** The desktop platform: native dialogs and parsing in the main process, through the preload bridge. */
export function createElectronPlatform(bridge: MarginaliaBridge): Platform {
  const parse = createWorkerParser();
  /** Asks main for a text file through its native dialog. */
  async function openTextFile(accept: string[]) {
    return unwrap(
      await bridge.openTextFile({
        filters: [
          { name: 'Marginalia files', extensions: accept.map((a) => a.replace(/^\./, '')) },
        ],
      }),
    );
  }
  return {
    kind: 'electron',
    async openDocuments(mode, known) {
      const outcomes = unwrap(await bridge.openDocuments(mode));
      if (!outcomes) return null;
      // Main parsed the files; duplicates against the project are judged here, as in the browser.
      const batch = new BatchCollector(known);
      for (const outcome of outcomes) batch.add(outcome);
      return batch.result;
    },
    parseFiles: parse,
    async saveFile(name, content, mime) {
      const extension = name.split('.').pop() ?? 'txt';
      const value = unwrap(
        await bridge.saveFile({
          suggestedName: name,
          content: content instanceof Blob ? await bytesOf(content) : content,
          filters: [{ name: mime, extensions: [extension] }],
        }),
      );
      return value.saved;
    },
    openTextFile,
    async openExchangeFile(accept) {
      const file = await openTextFile(accept);
      return file && { name: file.name, source: file.content };
    },
    async openFile(accept) {
      return unwrap(
        await bridge.openFile({
          filters: [{ name: 'Project files', extensions: accept.map((a) => a.replace(/^\./, '')) }],
        }),
      );
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
    readDroppedFiles: readFiles,
    loadSampleCorpus,
    loadStarterCodebook,
    exchange: createWorkerExchange(),
    backups: electronBackups(bridge),
    teamFolder: electronTeamFolder(bridge),
  };
}

/** Team folders kept by main: the renderer names the project, main holds the path. */
function electronTeamFolder(bridge: MarginaliaBridge): TeamFolderAccess {
  const link = (info: { folderName: string; path: string } | null): TeamFolderLink | null =>
    info && { folderName: info.folderName, path: info.path, ready: true };
  return {
    link: async (projectId) => link(unwrap(await bridge.linkTeamFolder({ projectId }))),
    unlink: async (projectId) => {
      unwrap(await bridge.unlinkTeamFolder({ projectId }));
    },
    open: async (projectId) => link(unwrap(await bridge.watchTeamFolder({ projectId }))),
    reconnect: async (projectId) => link(unwrap(await bridge.watchTeamFolder({ projectId }))),
    list: async (projectId) => unwrap(await bridge.listTeamFiles({ projectId })),
    read: async (projectId, fileName) =>
      unwrap(await bridge.readTeamFile({ projectId, fileName })).content,
    writeOwn: async (projectId, coder, content) =>
      unwrap(await bridge.writeTeamFile({ projectId, coder, content })).fileName,
    onChange: (listener) => bridge.onTeamFolderChange(listener),
  };
}

/** Automatic backups in the user-data folder, through the bridge. */
function electronBackups(bridge: MarginaliaBridge): BackupStore {
  return {
    list: async (projectId) => unwrap(await bridge.listBackups({ projectId })),
    read: async (projectId, fileName) =>
      unwrap(await bridge.readBackup({ projectId, fileName })).content,
    write: async (projectId, content) => {
      unwrap(await bridge.writeBackup({ projectId, content }));
    },
  };
}
