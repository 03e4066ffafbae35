import type { DocumentFormat } from '../model/types';
import { SUPPORTED_EXTENSIONS } from './limits';

/**
 * The last segment of a name that may be a path (`/a/b.txt` or `C:\a\b.txt`): messages and
 * document names show the file name, never the user's folder layout.
 */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}

/** The extension of a file name, lower case with its dot (`.md`), or `''` when it has none. */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format a file is parsed as, judged by its extension, or null when it is not supported. */
export function formatOf(fileName: string): DocumentFormat | null {
  return SUPPORTED_EXTENSIONS[extensionOf(fileName)] ?? null;
}
