import {
  BrowserWindow,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import type { IpcEventLike } from './ipc/define-handler';
import type { NativeDialogs } from './ipc/native-dialogs';

const DOCUMENT_FILTERS = [
  { name: 'Documents (.txt, .md, .html)', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
];

function ownerOf(event: IpcEventLike): BrowserWindow | null {
  const sender = (event as { sender?: WebContents }).sender;
  return sender ? BrowserWindow.fromWebContents(sender) : null;
}

async function open(event: IpcEventLike, options: OpenDialogOptions): Promise<string[] | null> {
  const owner = ownerOf(event);
  const result = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

/**
 * `NativeDialogs` backed by Electron's `dialog`, each attached (modal) to the window that
 * asked. Save dialogs start in `defaultFolder()` (the user's Documents folder).
 */
export function createElectronDialogs(defaultFolder: () => string): NativeDialogs {
  return {
    pickDocumentFiles: (event) =>
      open(event, {
        title: 'Open documents',
        properties: ['openFile', 'multiSelections'],
        filters: DOCUMENT_FILTERS,
      }),
    pickDocumentFolder: async (event) =>
      (
        await open(event, { title: 'Open a folder of documents', properties: ['openDirectory'] })
      )?.[0] ?? null,
    pickTeamFolder: async (event) =>
      (
        await open(event, {
          title: 'Choose the team folder (a shared or synced folder)',
          properties: ['openDirectory', 'createDirectory'],
        })
      )?.[0] ?? null,
    pickTextFile: async (event, filters) =>
      (await open(event, { properties: ['openFile'], filters }))?.[0] ?? null,
    pickSavePath: async (event, suggestedName, filters) => {
      const options: SaveDialogOptions = {
        defaultPath: join(defaultFolder(), suggestedName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = ownerOf(event);
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
