/**
 * Deciding which teammates' files to read and merge. A folder listing is cheap (name, size,
 * modification time); reading and merging a file is not. So a file is read only when it is new
 * or its size or time moved, and merged only when its content hash differs from the last one
 * merged: cloud sync tools touch modification times without changing a byte.
 */

/** A team file as a folder listing shows it. */
export interface TeamFileStamp {
  name: string;
  /** Bytes. */
  size: number;
  /** Milliseconds since the epoch. */
  modifiedAt: number;
}

/** What was last seen of a teammate's file: its stamp and the hash of the content merged. */
export interface SeenTeamFile extends TeamFileStamp {
  contentHash: string;
}

/** Listed files that are new or whose size or modification time changed since last seen. */
export function filesToRead(
  listed: readonly TeamFileStamp[],
  seen: ReadonlyMap<string, SeenTeamFile>,
): TeamFileStamp[] {
  return listed.filter((file) => {
    const before = seen.get(file.name);
    return !before || before.size !== file.size || before.modifiedAt !== file.modifiedAt;
  });
}

/** Whether a file just read holds anything not merged yet (its content hash moved). */
export function contentChanged(
  seen: ReadonlyMap<string, SeenTeamFile>,
  name: string,
  contentHash: string,
): boolean {
  return seen.get(name)?.contentHash !== contentHash;
}
