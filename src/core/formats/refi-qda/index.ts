/** REFI-QDA's public API: import (`.qdpx`, `.qde`, `.qdc`), export, checks, limits. */
export { importRefiQda, type RefiImportOptions } from './import-refi';
export type { RefiImport } from './to-snapshot';
export { formatImportReport, type ImportReport, type SourcePlacement } from './import-report';
export { exportQdpx, type QdpxExport } from './export-qdpx';
export { writeQde, type QdeExport } from './write-qde';
export { writeQdc } from './write-qdc';
export { checkRefiQda, type RefiProblem } from './check-export';
export { DEFAULT_LIMITS, type ArchiveLimits } from './limits';
export { RefiQdaError } from './refi-error';
export { qdcAdapter, qdpxAdapter } from './adapters';
