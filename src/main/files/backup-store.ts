import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc/contract';
import { BACKUP_FILE_NAME_PATTERN } from '../../shared/ipc/schemas';
import { writeFileAtomic } from './write-file-atomic';

/** How many automatic backups are kept per project; older ones are deleted on each write. */
export const MAX_BACKUPS_PER_PROJECT = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The folder of one project's backups under `<userData>/backups`. The id must be a UUID, so
 * it can never name another folder (`..`, `/`, …); throws otherwise.
 */
export function projectBackupDir(backupsRoot: string, projectId: string): string {
  if (!UUID.test(projectId)) throw new Error(`Not a project id: ${JSON.stringify(projectId)}`);
  return join(backupsRoot, projectId.toLowerCase());
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `YYYYMMDD-HHMMSS.marginalia.json` in UTC: UTC so names sort in time order across time-zone
 * and daylight-saving changes. Two backups in the same second share a name; the later wins.
 */
export function backupFileName(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
  return `${day}-${time}.marginalia.json`;
}

/** When a backup was made, read back from its file name, as an ISO timestamp. */
export function backupCreatedAt(fileName: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(fileName);
  if (!m) throw new Error(`Not a backup file name: ${fileName}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

async function backupNamesNewestFirst(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => BACKUP_FILE_NAME_PATTERN.test(name))
    .sort()
    .reverse();
}

/**
 * Writes a backup (the exchange file's UTF-8 bytes) into a project's folder atomically, then
 * deletes all but the newest `keep`.
 */
export async function writeBackup(
  dir: string,
  content: Uint8Array,
  now: Date,
  keep: number = MAX_BACKUPS_PER_PROJECT,
): Promise<{ fileName: string }> {
  await mkdir(dir, { recursive: true });
  const fileName = backupFileName(now);
  await writeFileAtomic(join(dir, fileName), content);
  const names = await backupNamesNewestFirst(dir);
  for (const old of names.slice(keep)) await rm(join(dir, old), { force: true });
  return { fileName };
}

/** A project's backups, newest first; none when the project has never been backed up. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const names = await backupNamesNewestFirst(dir);
  const infos: BackupInfo[] = [];
  for (const fileName of names) {
    const info = await stat(join(dir, fileName)).catch(() => null);
    if (info?.isFile())
      infos.push({ fileName, createdAt: backupCreatedAt(fileName), byteSize: info.size });
  }
  return infos;
}

/** Reads one backup back; the name is checked against the backup pattern first. */
export async function readBackup(dir: string, fileName: string): Promise<string> {
  if (!BACKUP_FILE_NAME_PATTERN.test(fileName))
    throw new Error(`Not a backup file name: ${fileName}`);
  return readFile(join(dir, fileName), 'utf8');
}
