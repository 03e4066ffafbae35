/** The native exchange file's public API: export, validated import, schema. */
export {
  exportProject,
  exportProjectParts,
  exportSnapshot,
  selectForExport,
  type ExportedBy,
  type ExportInput,
  type ExportOptions,
} from './export';
export { parseExchangeFile, type ImportProblem, type ParseExchangeResult } from './import';
export {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  READABLE_EXCHANGE_VERSIONS,
  exchangeJsonSchema,
  type ExchangeDocument,
  type ExchangeFile,
} from './schema';
export { verifyContentHashes } from './verify-hashes';
export { snapshotProblems } from './snapshot-problems';
