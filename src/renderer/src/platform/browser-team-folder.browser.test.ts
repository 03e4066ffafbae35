import { describe, expect, it } from 'vitest';
import { teamFileName } from '../../../core/team-folder/team-file-name';
import { createBrowserTeamFolder, type DirectoryHandleStore } from './browser-team-folder';

const ada = { id: '019a1b2c-3d4e-7f00-8a1b-2c3d4e5f6a7b', name: 'Ada' };

/** A fresh folder in the origin-private file system, standing in for a picked folder. */
async function freshFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  const name = `team-${crypto.randomUUID()}`;
  return root.getDirectoryHandle(name, { create: true });
}

function memoryHandles(): DirectoryHandleStore {
  const handles = new Map<string, FileSystemDirectoryHandle>();
  return {
    get: async (id) => handles.get(id),
    put: async (id, handle) => void handles.set(id, handle),
    delete: async (id) => void handles.delete(id),
  };
}

async function put(folder: FileSystemDirectoryHandle, name: string, text: string) {
  const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
}

describe('team folder through the File System Access API (browser mode)', () => {
  it('links a directory handle, lists team files only, reads a teammate’s, writes the own whole', async () => {
    const folder = await freshFolder();
    const access = createBrowserTeamFolder(memoryHandles(), async () => folder);
    expect(await access.open('p')).toBeNull();
    expect(await access.link('p')).toMatchObject({ folderName: folder.name, ready: true });
    await put(folder, 'marginalia-bo-11112222.json', '{"by":"Bo"}');
    await put(folder, 'notes.txt', 'not a team file');
    await folder.getDirectoryHandle('marginalia-dir-0000aaaa.json', { create: true });

    expect(await access.writeOwn('p', ada, '{"v":1}')).toBe(teamFileName(ada));
    expect(await access.writeOwn('p', ada, '{"v":2}')).toBe(teamFileName(ada));
    const listed = await access.list('p');
    expect(listed.map((f) => f.name)).toEqual([teamFileName(ada), 'marginalia-bo-11112222.json']);
    expect(listed[0]?.size).toBe('{"v":2}'.length);
    expect(await access.read('p', 'marginalia-bo-11112222.json')).toBe('{"by":"Bo"}');
    expect(await access.read('p', teamFileName(ada))).toBe('{"v":2}');
    await expect(access.read('p', 'notes.txt')).rejects.toThrow(/Not a team file name/);
  });

  it('a cancelled picker links nothing; unlinking forgets the folder, its files stay', async () => {
    const folder = await freshFolder();
    const handles = memoryHandles();
    const cancelled = createBrowserTeamFolder(handles, () =>
      Promise.reject(new DOMException('The user aborted a request.', 'AbortError')),
    );
    expect(await cancelled.link('p')).toBeNull();
    const access = createBrowserTeamFolder(handles, async () => folder);
    await access.link('p');
    await access.writeOwn('p', ada, '{}');
    await access.unlink('p');
    expect(await access.open('p')).toBeNull();
    await expect(access.list('p')).rejects.toThrow(/not linked/);
    expect((await folder.getFileHandle(teamFileName(ada))).kind).toBe('file');
  });
});
