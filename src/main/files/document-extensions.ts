import { extname } from 'node:path';

/** File types the corpus parsers understand; folder imports pick only these. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** True when a file name ends in one of the document extensions (any letter case). */
export function isDocumentFileName(name: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());
}
