/** Merging coders' work: the pure functions behind import-into-project, the team folder and the CLI. */
export { mergeSnapshots, type MergeOptions } from './merge-snapshots';
export { combineSnapshots, compareConflicts, conflictKey } from './combine';
export { compareVersions, resolveVersions, type ResolvedVersions } from './versions';
export { matchIncoming, type CodeMapping, type RecordMatch, type UnmatchedCode } from './match';
export type * from './merge-result';
export {
  resolveConflict,
  type ConflictResolution,
  type ConflictResolutionResult,
  type ResolveContext,
} from './resolve-conflict';
export { changedTexts, type ChangedText, type TextIdentity } from './changed-texts';
export { mergeChangeSet, mergeSummary } from './merge-summary';
