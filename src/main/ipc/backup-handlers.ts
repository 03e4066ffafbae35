import type { BackupInfo, IpcResult } from '../../shared/ipc/contract';
import { listBackups, projectBackupDir, readBackup, writeBackup } from '../files/backup-store';
import { describeFsError, fsErrorCode } from '../files/fs-error-message';
import { fail, ok } from './ipc-result';

/** Where backups live (`<userData>/backups`) and the clock that names them. */
export interface BackupDependencies {
  backupsRoot: string;
  now: () => Date;
}

/** Writes a rolling backup of a project; the oldest beyond the limit are deleted. */
export async function writeBackupHandler(
  deps: BackupDependencies,
  request: { projectId: string; content: Uint8Array },
): Promise<IpcResult<{ fileName: string }>> {
  const dir = projectBackupDir(deps.backupsRoot, request.projectId);
  try {
    return ok(await writeBackup(dir, request.content, deps.now()));
  } catch (error) {
    return fail('io', describeFsError('write', dir, error));
  }
}

/** Lists a project's backups, newest first. */
export async function listBackupsHandler(
  deps: BackupDependencies,
  request: { projectId: string },
): Promise<IpcResult<BackupInfo[]>> {
  const dir = projectBackupDir(deps.backupsRoot, request.projectId);
  try {
    return ok(await listBackups(dir));
  } catch (error) {
    return fail('io', describeFsError('read', dir, error));
  }
}

/** Reads one backup back. */
export async function readBackupHandler(
  deps: BackupDependencies,
  request: { projectId: string; fileName: string },
): Promise<IpcResult<{ content: string }>> {
  const dir = projectBackupDir(deps.backupsRoot, request.projectId);
  try {
    return ok({ content: await readBackup(dir, request.fileName) });
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') {
      return fail(
        'io',
        `The backup ${request.fileName} no longer exists; it may have been rotated out.`,
      );
    }
    return fail('io', describeFsError('read', request.fileName, error));
  }
}
