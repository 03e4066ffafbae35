import { basename } from 'node:path';
import type { TeamFileStamp } from '../../core/team-folder/file-changes';
import { teamFileName } from '../../core/team-folder/team-file-name';
import type { IpcResult, TeamFolderInfo } from '../../shared/ipc/contract';
import { describeFsError } from '../files/fs-error-message';
import { FileTooLargeError } from '../files/read-text-file';
import type { IpcEventLike } from '../ipc/define-handler';
import { fail, ok } from '../ipc/ipc-result';
import { listTeamFiles, readTeamFile, writeTeamFile } from './team-folder-files';
import type { TeamFolderLink, TeamFolderLinks } from './team-folder-links';
import { watchTeamFolder, type WatchFolder } from './watch-team-folder';

/** What the team-folder handlers need; the composition root passes Electron-backed ones. */
export interface TeamFolderDependencies {
  links: TeamFolderLinks;
  /** The native folder dialog; null when cancelled. */
  pickFolder(event: IpcEventLike): Promise<string | null>;
  /** Tells the renderer that a project's team folder changed on disk. */
  notifyChange(projectId: string): void;
  now: () => Date;
  maxFileBytes?: number;
  watchFolder?: WatchFolder;
}

/** The team-folder handlers, one per channel, sharing the folder watchers. */
export interface TeamFolderHandlers {
  link(
    event: IpcEventLike,
    request: { projectId: string },
  ): Promise<IpcResult<TeamFolderInfo | null>>;
  unlink(request: { projectId: string }): Promise<IpcResult<null>>;
  watch(request: { projectId: string }): Promise<IpcResult<TeamFolderInfo | null>>;
  list(request: { projectId: string }): Promise<IpcResult<TeamFileStamp[]>>;
  read(request: { projectId: string; fileName: string }): Promise<IpcResult<{ content: string }>>;
  write(request: {
    projectId: string;
    coder: { id: string; name: string };
    content: string;
  }): Promise<IpcResult<{ fileName: string }>>;
  /** Stops every watcher (the app is quitting; tests). */
  close(): void;
}

const info = (link: TeamFolderLink): TeamFolderInfo => ({
  path: link.path,
  folderName: basename(link.path) || link.path,
  linkedAt: link.linkedAt,
});

/**
 * Linking a project to a folder the user picks, and the three file operations on it. The folder
 * is always the one stored for the project in main; the renderer only names the project.
 */
export function createTeamFolderHandlers(deps: TeamFolderDependencies): TeamFolderHandlers {
  const watchers = new Map<string, { path: string; stop(): void }>();

  function stopWatching(projectId: string): void {
    watchers.get(projectId)?.stop();
    watchers.delete(projectId);
  }

  /** Watches the project's folder, and only that one: the window shows one project at a time. */
  function startWatching(projectId: string, path: string): void {
    for (const other of [...watchers.keys()]) if (other !== projectId) stopWatching(other);
    if (watchers.get(projectId)?.path === path) return;
    stopWatching(projectId);
    try {
      const stop = watchTeamFolder(path, () => deps.notifyChange(projectId), {
        watchFolder: deps.watchFolder,
        // A folder that went away (a drive unmounted): the next listing says so.
        onError: () => stopWatching(projectId),
      });
      watchers.set(projectId, { path, stop });
    } catch {
      // Not watchable (missing, or a file system without events): the renderer's polling remains.
    }
  }

  async function linked<T>(
    projectId: string,
    work: (link: TeamFolderLink) => Promise<IpcResult<T>>,
  ): Promise<IpcResult<T>> {
    const link = await deps.links.get(projectId);
    if (!link) return fail('invalid-argument', 'This project is not linked to a team folder.');
    return work(link);
  }

  return {
    async link(event, { projectId }) {
      const path = await deps.pickFolder(event);
      if (!path) return ok(null);
      try {
        await listTeamFiles(path); // readable, and a folder
      } catch (error) {
        return fail('io', describeFsError('read', path, error));
      }
      const link = { path, linkedAt: deps.now().toISOString() };
      await deps.links.set(projectId, link);
      startWatching(projectId, path);
      return ok(info(link));
    },
    async unlink({ projectId }) {
      stopWatching(projectId);
      await deps.links.set(projectId, null);
      return ok(null);
    },
    async watch({ projectId }) {
      const link = await deps.links.get(projectId);
      if (!link) {
        stopWatching(projectId);
        return ok(null);
      }
      startWatching(projectId, link.path);
      return ok(info(link));
    },
    list: ({ projectId }) =>
      linked(projectId, async (link) => {
        try {
          return ok(await listTeamFiles(link.path));
        } catch (error) {
          return fail('io', describeFsError('read', `the team folder ${link.path}`, error));
        }
      }),
    read: ({ projectId, fileName }) =>
      linked(projectId, async (link) => {
        try {
          return ok({ content: await readTeamFile(link.path, fileName, deps.maxFileBytes) });
        } catch (error) {
          if (error instanceof FileTooLargeError) return fail('io', error.message);
          return fail('io', describeFsError('read', fileName, error));
        }
      }),
    write: ({ projectId, coder, content }) =>
      linked(projectId, async (link) => {
        const fileName = teamFileName(coder);
        try {
          await writeTeamFile(link.path, fileName, content);
          return ok({ fileName });
        } catch (error) {
          return fail('io', describeFsError('write', `${fileName} in ${link.path}`, error));
        }
      }),
    close() {
      for (const projectId of [...watchers.keys()]) stopWatching(projectId);
    },
  };
}
