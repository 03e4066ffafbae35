import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isDocumentFileName } from './document-extensions';
import { describeFsError } from './fs-error-message';

/** At most this many documents are read from one folder, so a mis-click on `/` stays harmless. */
export const MAX_FOLDER_DOCUMENTS = 5000;

/** A document file found in a folder: its path, and its path relative to the folder (`/`). */
export interface FoundFile {
  path: string;
  relativePath: string;
}

/** What a folder walk found: the documents, and what it could not or would not follow. */
export interface FolderListing {
  files: FoundFile[];
  /** Unreadable sub-folders and links that lead outside the folder, with a reason. */
  problems: { path: string; relativePath: string; message: string }[];
}

/** Thrown when a folder holds more documents than `MAX_FOLDER_DOCUMENTS`. */
export class TooManyDocumentsError extends Error {
  constructor(folder: string, limit: number) {
    super(
      `${folder} holds more than ${limit.toLocaleString('en')} documents (.txt, .md, .markdown, .html). ` +
        'Choose a smaller folder, or open the files in several batches.',
    );
    this.name = 'TooManyDocumentsError';
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Lists the documents in a folder and its sub-folders, sorted by relative path. Hidden files
 * and dot-folders are skipped; only .txt/.md/.markdown are taken; a link is followed only when
 * its target stays inside the folder (each real folder is visited once, so link loops end);
 * an unreadable sub-folder or an outside link becomes a problem instead of failing the walk.
 */
export async function listDocumentFiles(
  folder: string,
  maxFiles: number = MAX_FOLDER_DOCUMENTS,
): Promise<FolderListing> {
  const rootReal = await realpath(folder);
  const listing: FolderListing = { files: [], problems: [] };
  const visited = new Set<string>([rootReal]);

  const relativeName = (path: string) => relative(folder, path).split(sep).join('/');
  const addFile = (path: string) => {
    if (listing.files.length >= maxFiles) throw new TooManyDocumentsError(folder, maxFiles);
    listing.files.push({ path, relativePath: relativeName(path) });
  };

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      listing.problems.push({
        path: dir,
        relativePath: relativeName(dir),
        message: describeFsError('read', dir, error),
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const real = await realpath(path).catch(() => path);
        if (!visited.has(real)) {
          visited.add(real);
          await walk(path);
        }
      } else if (entry.isFile()) {
        if (isDocumentFileName(entry.name)) addFile(path);
      } else if (entry.isSymbolicLink()) {
        await followLink(path, entry.name);
      }
    }
  }

  async function followLink(path: string, name: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      if (isDocumentFileName(name)) {
        listing.problems.push({
          path,
          relativePath: relativeName(path),
          message: describeFsError('read', path, error),
        });
      }
      return;
    }
    if (!isInside(rootReal, real)) {
      listing.problems.push({
        path,
        relativePath: relativeName(path),
        message: `Skipped ${path}: it is a link to ${real}, outside the chosen folder.`,
      });
      return;
    }
    const info = await stat(real).catch(() => null);
    if (info?.isDirectory() && !visited.has(real)) {
      visited.add(real);
      await walk(path);
    } else if (info?.isFile() && isDocumentFileName(name)) {
      addFile(path);
    }
  }

  await walk(folder);
  return listing;
}
