/**
 * Naming coders' files in a team folder. Each coder writes exactly one file, named after them
 * and tagged with the tail of their coder id, and never writes any other: two coders can share a
 * synced cloud folder or a network drive without lock files, because no file has two writers.
 */

/** Every team file starts with this, so other files in a shared folder are left alone. */
export const TEAM_FILE_PREFIX = 'marginalia-';

/**
 * A team file name: `marginalia-<name>-<tag>.json`, the name part optional. Anything else in the
 * folder (a sync tool's "conflicted copy", temporary files, other people's documents) is ignored.
 */
export const TEAM_FILE_PATTERN =
  /^marginalia-(?:([a-z0-9]+(?:-[a-z0-9]+)*)-)?([a-z0-9]{1,8})\.json$/;

/** How long the name part may get, so file names stay well inside every platform's limit. */
const MAX_NAME_PART = 40;

/**
 * The coder's name as a file-name part: letters without accents, digits, single dashes, lower
 * case ("Zoë O'Brien" → "zoe-o-brien"); "coder" when nothing is left (a name in another script).
 */
export function fileNamePart(name: string): string {
  const part = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_PART)
    .replace(/-+$/, '');
  return part || 'coder';
}

/**
 * The tag that tells coders apart when their names read the same: the last 8 letters or digits
 * of the coder id. The tail, not the head, because a UUIDv7 starts with its creation time, so
 * two coders made in the same minute would share the first 8 characters.
 */
export function coderTag(coderId: string): string {
  const plain = coderId.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!plain) throw new Error(`A coder id needs letters or digits: ${JSON.stringify(coderId)}`);
  return plain.slice(-8);
}

/** The one file this coder writes in a team folder. */
export function teamFileName(coder: { id: string; name: string }): string {
  return `${TEAM_FILE_PREFIX}${fileNamePart(coder.name)}-${coderTag(coder.id)}.json`;
}

/** The coder tag of a team file, or null when the name is not a team file's. */
export function tagOfTeamFile(fileName: string): string | null {
  return TEAM_FILE_PATTERN.exec(fileName)?.[2] ?? null;
}

/**
 * Whether a file is this coder's own: their current file and any they wrote under an earlier
 * name (same tag). Own files are never merged as a teammate's.
 */
export function isOwnTeamFile(fileName: string, coderId: string): boolean {
  return tagOfTeamFile(fileName) === coderTag(coderId);
}

/** The team files in a folder listing that belong to teammates, in name order. */
export function teammateFileNames(names: readonly string[], coderId: string): string[] {
  return names
    .filter((name) => tagOfTeamFile(name) !== null && !isOwnTeamFile(name, coderId))
    .sort();
}

/** A readable guess at a teammate's name from their file name, until their file is read. */
export function nameFromTeamFile(fileName: string): string {
  const part = TEAM_FILE_PATTERN.exec(fileName)?.[1];
  if (!part) return fileName;
  return part
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
