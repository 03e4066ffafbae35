/**
 * Merging teammates' work in the workbench: the entry points other features call (import
 * project, the team folder, REFI-QDA import into an existing project), the preview's prompts,
 * conflict review. See merge-exchange.ts for how to call them.
 */
export {
  mergeExchangeText,
  previewAndMergeSnapshot,
  shouldOfferMerge,
  type MergeOutcome,
  type MergeRequestOptions,
} from './merge-exchange';
export type { MergeHost } from './merge-host';
export { mergeLabel, mergeWhat, sourceNameOf } from './merge-label';
