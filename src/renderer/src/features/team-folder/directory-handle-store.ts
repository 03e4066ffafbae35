import type { DirectoryHandleStore } from '../../platform/browser-team-folder';
import type { SettingsStore } from '../../storage/settings-store';

const key = (projectId: string) => `teamFolderHandle:${projectId}`;

/**
 * Browser mode keeps each project's team folder as a directory handle in the profile's settings
 * (IndexedDB stores handles as they are), so the link survives a restart; access is asked again.
 */
export function settingsHandleStore(
  settings: Pick<SettingsStore, 'getSetting' | 'setSetting' | 'removeSetting'>,
): DirectoryHandleStore {
  return {
    get: async (projectId) => {
      const value = await settings.getSetting(key(projectId));
      return value instanceof FileSystemDirectoryHandle ? value : undefined;
    },
    put: (projectId, handle) => settings.setSetting(key(projectId), handle),
    delete: (projectId) => settings.removeSetting(key(projectId)),
  };
}
