/**
 * The corpus parsers' public API: turn files into documents (canonical text, blocks, marks,
 * content hash) with a message for every file that cannot be read. Pure, so the Electron main
 * process and the browser's parsing worker share it.
 */
export { parseFile } from './parse-file';
export {
  parseBatch,
  duplicateMessage,
  type BatchResult,
  type BatchError,
  type BatchDuplicate,
  type BatchOptions,
} from './import-batch';
export type { InputFile, ParseOutcome } from './parse-outcome';
export { parsePlainText } from './plain-text';
export { parseMarkdown } from './markdown';
export {
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_SIZE_LABEL,
  SUPPORTED_EXTENSIONS,
  SUPPORTED_EXTENSIONS_LABEL,
} from './limits';
export { baseName, extensionOf, formatOf } from './file-name';
export { corpusMessages } from './messages';
export { rangeProblems } from './block-invariants';
