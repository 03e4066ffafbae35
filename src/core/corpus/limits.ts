import type { DocumentFormat } from '../model/types';

/**
 * Largest document Marginalia imports: 20 MiB. Far beyond any interview transcript or report,
 * small enough that decoding, parsing and painting stay responsive on a modest laptop.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The limit as users read it in messages. */
export const MAX_DOCUMENT_SIZE_LABEL = '20 MiB';

/**
 * File extensions Marginalia reads, lower case, and the format each one is parsed as. A web
 * page's canonical text is plain text (its content element's text, `htmlText`), so it is a
 * `txt` document; `HTML_EXTENSIONS` says which files are pages.
 */
export const SUPPORTED_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'txt',
  '.htm': 'txt',
};

/** Extensions of web pages: their text is extracted from the markup before anything else. */
export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm'];

/** The list shown to users when a file is refused for its type. */
export const SUPPORTED_EXTENSIONS_LABEL = '.txt, .md and .html files';
