import { lstat, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { TEAM_FILE_PATTERN } from '../../core/team-folder/team-file-name';
import type { TeamFileStamp } from '../../core/team-folder/file-changes';
import { FileTooLargeError, MAX_TEXT_FILE_BYTES } from '../files/read-text-file';
import { writeFileAtomic } from '../files/write-file-atomic';

/**
 * The only file operations main performs in a linked team folder: list the team files, read
 * one, write the coder's own atomically. Names must be team file names (no folders, no dots
 * before, no other files), links are never followed, and reads are size-capped, so nothing
 * outside the folder the user picked is touched.
 */

/** The path of a team file in the folder; throws unless the name is a team file name. */
export function teamFilePath(folder: string, fileName: string): string {
  if (!TEAM_FILE_PATTERN.test(fileName)) throw new Error(`Not a team file name: ${fileName}`);
  const root = resolve(folder);
  const path = resolve(root, fileName);
  // The pattern allows no separators; this guards the guard.
  if (dirname(path) !== root) throw new Error(`Not a file in the team folder: ${fileName}`);
  return path;
}

/** The team files in the folder (regular files only: links and folders are skipped). */
export async function listTeamFiles(folder: string): Promise<TeamFileStamp[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const stamps: TeamFileStamp[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !TEAM_FILE_PATTERN.test(entry.name)) continue;
    const info = await lstat(join(folder, entry.name)).catch(() => null);
    // Gone since the listing (a sync tool replacing it): it shows up in the next listing.
    if (info?.isFile())
      stamps.push({ name: entry.name, size: info.size, modifiedAt: info.mtimeMs });
  }
  return stamps.sort((a, b) => a.name.localeCompare(b.name));
}

/** Reads one team file as UTF-8 text, refusing links and files over the cap. */
export async function readTeamFile(
  folder: string,
  fileName: string,
  maxBytes: number = MAX_TEXT_FILE_BYTES,
): Promise<string> {
  const path = teamFilePath(folder, fileName);
  const info = await lstat(path);
  if (!info.isFile())
    throw new Error(`${fileName} is not a plain file; team files are never links.`);
  if (info.size > maxBytes) throw new FileTooLargeError(fileName, info.size, maxBytes);
  const bytes = await readFile(path);
  if (bytes.byteLength > maxBytes)
    throw new FileTooLargeError(fileName, bytes.byteLength, maxBytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Writes the coder's own team file: a temporary file beside it, then a rename, so teammates and
 * sync tools only ever see the old or the new file whole.
 */
export async function writeTeamFile(folder: string, fileName: string, content: string) {
  await writeFileAtomic(teamFilePath(folder, fileName), content);
}
