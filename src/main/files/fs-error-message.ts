const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist (any more)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
  EBUSY: 'it is in use by another program',
  ELOOP: 'it is a loop of links',
  ENAMETOOLONG: 'its name is too long',
};

/** The errno code of a Node file-system error, if it has one. */
export function fsErrorCode(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return error.code;
  }
  return undefined;
}

/**
 * A sentence for the user about a failed file operation, naming the file and the reason in
 * plain words ("Could not read /a/b.txt: permission denied.") instead of a raw errno.
 */
export function describeFsError(
  action: 'read' | 'write' | 'open',
  path: string,
  error: unknown,
): string {
  const code = fsErrorCode(error);
  const reason =
    (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return `Could not ${action} ${path}: ${reason}.`;
}
