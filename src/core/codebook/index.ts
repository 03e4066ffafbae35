/** The codebook's public API: tree, palette, hotkeys, move, merge, filter, and the codebook file. */
export {
  buildTree,
  codePath,
  compareSiblings,
  descendantIds,
  preorder,
  treeOrder,
  type CodeNode,
} from './code-tree';
export {
  CODEBOOK_FORMAT,
  CODEBOOK_VERSION,
  exportCodebook,
  parseCodebookFile,
  type CodebookFile,
  type ParseCodebookResult,
} from './codebook-file';
export { filterTree, foldForSearch, type FilteredCodeNode } from './filter-tree';
export { codeForHotkey, defaultHotkeys } from './hotkeys';
export { mergeCodes, mergeProblem, type MergeResult } from './merge-codes';
export { canMove, moveCode, moveProblem } from './move-code';
export { levelOf, newChildProblem, subtreeHeight } from './code-depth';
export { MAX_CODE_DEPTH, walkParentChains, type ParentChains } from './parent-chains';
export { parentCycles, withCyclesCut, type ParentCycle } from './parent-cycles';
export { codeCycles, cycleMessage, type DescribedCycle } from './cycle-message';
export { tidyImportedCodes, type TidiedCodes } from './tidy-imported-codes';
export { DEFAULT_PALETTE, nextColor } from './palette';
