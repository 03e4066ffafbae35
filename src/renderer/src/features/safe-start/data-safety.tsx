import type { ReactNode } from 'react';
import { newId } from '../../../../core/ids/new-id';
import type { MarginaliaBridge } from '../../../../shared/ipc/contract';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';
import { createMemoSafety, MemoSafetyContext } from '../memos/memo-safety';
import { recoverMemoDrafts } from '../memos/recover-drafts';
import { workbenchRecoveryHost } from '../memos/workbench-recovery-host';
import { startTabSync } from '../tabs/tab-sync';
import { workbenchTabHost } from '../tabs/workbench-tab-host';
import { createStartGuard } from './start-guard';
import { watchStarts } from './watch-starts';
import { WorkbenchBoundary } from './WorkbenchBoundary';

/** The BroadcastChannel on which the tabs of one profile announce their changes. */
const CHANGES_CHANNEL = 'marginalia-changes';

/** What the composition root wires in: a wrapper for the app and a step after start-up. */
export interface DataSafety {
  /** Wraps the app in the error boundary with safe start and the memo services. */
  wrap(app: ReactNode): ReactNode;
  /** After the workbench has loaded: puts back memo text a closed page left unsaved. */
  afterInit(): Promise<void>;
}

/**
 * Everything that keeps work from being lost or the app from being bricked, wired once by the
 * composition root: memo drafts journalled and flushed on page exit and window close (desktop),
 * other tabs' changes reloaded, and the error boundary with its safe start.
 */
export function installDataSafety(
  workbench: Workbench,
  bridge: MarginaliaBridge | undefined,
): DataSafety {
  const memos = createMemoSafety((text, reason) =>
    workbench.notify(
      notice('warning', `A memo was not saved: ${reason}`, [
        `Its text is kept in this browser and comes back when you open it again: “${text}”`,
      ]),
    ),
  );
  // The desktop window asks for a flush before it closes or the app quits.
  bridge?.onFlushRequest(() => memos.pending.flushAll());

  if (typeof BroadcastChannel === 'function')
    startTabSync(
      new BroadcastChannel(CHANGES_CHANNEL),
      workbenchTabHost(workbench),
      newId(),
      (error) => workbench.fail('Could not load changes made in another tab', error),
    );

  const guard = createStartGuard(window.localStorage);
  watchStarts(workbench, guard);

  return {
    wrap: (app) => (
      <MemoSafetyContext.Provider value={memos}>
        <WorkbenchBoundary workbench={workbench} guard={guard}>
          {app}
        </WorkbenchBoundary>
      </MemoSafetyContext.Provider>
    ),
    afterInit: () =>
      recoverMemoDrafts(memos.journal, workbenchRecoveryHost(workbench)).catch((e: unknown) =>
        workbench.fail('Could not recover unsaved memos', e),
      ),
  };
}
