import type { TeamFileStamp } from '../../../core/team-folder/file-changes';
import { TEAM_FILE_PATTERN, teamFileName } from '../../../core/team-folder/team-file-name';
import type { TeamFolderAccess, TeamFolderLink } from './platform';

/** Team files larger than this are not read (the desktop's cap for opened files). */
export const MAX_TEAM_FILE_BYTES = 200 * 1024 * 1024;

/** Where linked directory handles are kept between sessions (IndexedDB can store them). */
export interface DirectoryHandleStore {
  get(projectId: string): Promise<FileSystemDirectoryHandle | undefined>;
  put(projectId: string, handle: FileSystemDirectoryHandle): Promise<void>;
  delete(projectId: string): Promise<void>;
}

/** Asks the user for a folder (`showDirectoryPicker`, or a stand-in a test installs). */
export type PickDirectory = () => Promise<FileSystemDirectoryHandle>;

/** The permission calls of a handle (Chromium has them; TypeScript's DOM types do not yet). */
interface PermissionCalls {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

/**
 * The picker this browser offers, if any. A test may install `__marginaliaTeamFolderPicker` on
 * the window before the page loads (a folder in the origin-private file system), because a test
 * cannot click a native folder picker; nothing in the app sets it.
 */
export function directoryPicker(): PickDirectory | null {
  const w = window as Window & {
    __marginaliaTeamFolderPicker?: PickDirectory;
    showDirectoryPicker?(options: {
      id?: string;
      mode?: 'readwrite';
    }): Promise<FileSystemDirectoryHandle>;
  };
  if (typeof w.__marginaliaTeamFolderPicker === 'function') return w.__marginaliaTeamFolderPicker;
  const show = w.showDirectoryPicker;
  return typeof show === 'function'
    ? () => show.call(w, { id: 'marginalia-team-folder', mode: 'readwrite' })
    : null;
}

async function permission(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean> {
  const calls = handle as FileSystemDirectoryHandle & PermissionCalls;
  const query = ask ? calls.requestPermission : calls.queryPermission;
  // Without the permission calls (the origin-private file system in some builds): always allowed.
  if (!query) return true;
  return (await query.call(handle, { mode: 'readwrite' })) === 'granted';
}

const linkOf = (handle: FileSystemDirectoryHandle, ready: boolean): TeamFolderLink => ({
  folderName: handle.name || 'team folder',
  ready,
});

/**
 * Team folders through the File System Access API: a directory handle per project, kept in
 * IndexedDB; access asked again after a restart (the browser wants a click for that). Writing
 * goes through `createWritable`, which writes a swap file and replaces the file on close, so a
 * teammate never reads half a file. Browsers send no change events here: the workbench looks.
 */
export function createBrowserTeamFolder(
  store: DirectoryHandleStore,
  pick: PickDirectory,
): TeamFolderAccess {
  async function folder(projectId: string): Promise<FileSystemDirectoryHandle> {
    const handle = await store.get(projectId);
    if (!handle) throw new Error('This project is not linked to a team folder.');
    if (!(await permission(handle, false)))
      throw new Error(`Access to the folder “${handle.name}” has to be allowed again.`);
    return handle;
  }

  return {
    async link(projectId) {
      let handle: FileSystemDirectoryHandle;
      try {
        handle = await pick();
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return null;
        throw error;
      }
      if (!(await permission(handle, true)))
        throw new Error(`The browser was not allowed to write in “${handle.name}”.`);
      await store.put(projectId, handle);
      return linkOf(handle, true);
    },
    unlink: (projectId) => store.delete(projectId),
    async open(projectId) {
      const handle = await store.get(projectId);
      return handle ? linkOf(handle, await permission(handle, false)) : null;
    },
    async reconnect(projectId) {
      const handle = await store.get(projectId);
      return handle ? linkOf(handle, await permission(handle, true)) : null;
    },
    async list(projectId) {
      const handle = await folder(projectId);
      const stamps: TeamFileStamp[] = [];
      // Directory iteration is in the DOM.AsyncIterable lib, which this project does not load.
      const entries = (handle as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
      for await (const entry of entries) {
        if (entry.kind !== 'file' || !TEAM_FILE_PATTERN.test(entry.name)) continue;
        const file = await (entry as FileSystemFileHandle).getFile().catch(() => null);
        if (file) stamps.push({ name: entry.name, size: file.size, modifiedAt: file.lastModified });
      }
      return stamps.sort((a, b) => a.name.localeCompare(b.name));
    },
    async read(projectId, fileName) {
      if (!TEAM_FILE_PATTERN.test(fileName)) throw new Error(`Not a team file name: ${fileName}`);
      const file = await (await (await folder(projectId)).getFileHandle(fileName)).getFile();
      if (file.size > MAX_TEAM_FILE_BYTES) {
        throw new Error(
          `${fileName} is ${(file.size / 1024 / 1024).toFixed(1)} MiB; files over ${MAX_TEAM_FILE_BYTES / 1024 / 1024} MiB cannot be opened.`,
        );
      }
      return file.text();
    },
    async writeOwn(projectId, coder, content) {
      const fileName = teamFileName(coder);
      const handle = await (await folder(projectId)).getFileHandle(fileName, { create: true });
      const writable = await handle.createWritable();
      try {
        await writable.write(content);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
      return fileName;
    },
    onChange: () => () => undefined,
  };
}
