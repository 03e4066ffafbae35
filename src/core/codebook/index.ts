/** The codebook's public API: tree, palette, hotkeys, move, merge, filter, and the codebook file. */
export {
  buildTree,
  codePath,
  compareSiblings,
  descendantIds,
  treeOrder,
  type CodeNode,
} from './code-tree';
export {
  CODEBOOK_FORMAT,
  CODEBOOK_VERSION,
  exportCodebook,
  parseCodebookFile,
  type CodebookFile,
} from './codebook-file';
export { filterTree, foldForSearch, type FilteredCodeNode } from './filter-tree';
export { codeForHotkey, defaultHotkeys } from './hotkeys';
export { mergeCodes, mergeProblem, type MergeResult } from './merge-codes';
export { canMove, moveCode } from './move-code';
export { DEFAULT_PALETTE, nextColor } from './palette';
