import type { EditContext } from '../../../core/changes/change-set';
import type { IntervalIndex } from '../../../core/index/interval-index';
import type { Annotation } from '../../../core/model/types';
import type { Platform } from '../platform/platform';
import type { Storage } from '../storage';
import type { ChangeLayer } from './change-layer';
import type { Notice } from './notices';
import type { Store } from './store';
import type { WorkbenchState } from './workbench-state';

/**
 * What the workbench's feature services share, injected by the composition root (the
 * `Workbench` constructor): the store, the open document's interval index, storage, the change
 * layer, the platform, and how to stamp and report. Services depend on this, never on each
 * other's classes or on `Workbench`, so there are no import cycles.
 */
export interface Session {
  readonly store: Store<WorkbenchState>;
  /** Non-deleted annotations of the open document. */
  readonly annotations: IntervalIndex<Annotation>;
  readonly storage: Storage;
  readonly platform: Platform;
  readonly changes: ChangeLayer;
  /** Who is editing, stamped now; throws when no coder is set. */
  context(): EditContext;
  notify(item: Notice): void;
  /** Reports an error the user must see. */
  fail(title: string, error: unknown): void;
}
