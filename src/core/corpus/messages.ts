import { MAX_DOCUMENT_SIZE_LABEL, SUPPORTED_EXTENSIONS_LABEL } from './limits';

/**
 * Every message the corpus parsers show a user, in one place so the wording stays consistent:
 * each names the file, says what is wrong, and where it helps, what to do.
 */
export const corpusMessages = {
  unsupportedType: (fileName: string, extension: string) =>
    extension
      ? `${fileName}: "${extension}" files are not supported. Marginalia reads ${SUPPORTED_EXTENSIONS_LABEL}.`
      : `${fileName}: the file has no extension. Marginalia reads ${SUPPORTED_EXTENSIONS_LABEL}.`,
  tooLarge: (fileName: string, bytes: number) =>
    `${fileName}: the file is ${(bytes / (1024 * 1024)).toFixed(1)} MiB; Marginalia reads documents up to ${MAX_DOCUMENT_SIZE_LABEL}.`,
  empty: (fileName: string) => `${fileName}: the file is empty.`,
  blank: (fileName: string) => `${fileName}: the file is empty (it contains only blank space).`,
  noTextAfterMarkup: (fileName: string) =>
    `${fileName}: the file is empty once its Markdown formatting is removed.`,
  noPageText: (fileName: string) => `${fileName}: the page has no text in its content element.`,
  pageRefused: (fileName: string, problem: string) =>
    `${fileName}: ${problem}; the page was not read.`,
  binary: (fileName: string, reason: string) =>
    `${fileName}: this looks like a binary file, not text (${reason}). Marginalia reads ${SUPPORTED_EXTENSIONS_LABEL}.`,
  unreadable: (fileName: string, detail: string) =>
    `${fileName}: the file could not be read (${detail}).`,
  encodingFallback: (fileName: string) =>
    `${fileName}: not valid UTF-8; read as Windows-1252 (Western European). Check accented characters.`,
  replacementCharacters: (fileName: string, encoding: string) =>
    `${fileName}: some characters could not be decoded as ${encoding} and show as �.`,
  duplicate: (fileName: string, sameAs: string) =>
    `${fileName}: the same text as "${sameAs}"; it was not imported again.`,
} as const;
