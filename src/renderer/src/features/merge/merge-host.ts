import type { Workbench } from '../../state/workbench';

/**
 * What merging needs of the workbench (the team folder and the REFI-QDA import pass theirs):
 * state and store, storage, the platform (to read files), the change layer, notices, the edit
 * context, and switching to the project merged into.
 */
export type MergeHost = Pick<
  Workbench,
  'state' | 'store' | 'storage' | 'platform' | 'changes' | 'notify' | 'context' | 'switchProject'
> &
  /**
   * When given, an interactive merge's write can be cancelled from the status bar, and a merge
   * computed for the preview is reused on Proceed while no change set landed in between.
   */
  Partial<Pick<Workbench, 'cancellable' | 'onChangeSetApplied'>>;
