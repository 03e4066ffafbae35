import type { ChangeSet } from '../../../../core/changes/change-set';
import { orderCoders } from '../../../../core/color/coder-colors';
import type { Id, Stamped } from '../../../../core/model/types';
import { notice } from '../../state/notices';
import type { Session } from '../../state/session';
import {
  coderViewKey,
  DEFAULT_CODER_VIEW,
  isCoderShown,
  parseCoderView,
  type CoderFilter,
  type CoderView,
  type StripeMode,
} from './coder-view';

/**
 * Coders as the workbench shows them: the coders this profile knows (names and colour order)
 * and, per project, whose annotations are shown and how the stripes are laid out. Loads both
 * when a project opens (the coders table is small: one row per person), keeps the view in the
 * settings, and learns of new coders from applied change sets (a teammate's file, a merge).
 */
export function createCodersService(
  session: Pick<Session, 'store' | 'storage' | 'annotations' | 'notify' | 'fail'>,
) {
  const { store, storage } = session;
  let loadedFor: { projectId: Id | null; coderId: Id | null } = { projectId: null, coderId: null };

  async function reloadCoders(): Promise<void> {
    const known = orderCoders(await storage.listCoders());
    store.set({ knownCoders: known });
  }

  async function load(projectId: Id | null): Promise<void> {
    const [known, stored] = await Promise.all([
      storage.listCoders(),
      projectId ? storage.getSetting(coderViewKey(projectId)) : undefined,
    ]);
    if (store.get().projectId !== projectId) return; // another project opened meanwhile
    store.set({
      knownCoders: orderCoders(known),
      coderView: projectId ? parseCoderView(stored) : DEFAULT_CODER_VIEW,
    });
  }

  /** Follows the open project and the current coder (a rename changes the name shown). */
  function follow(): void {
    const { projectId, coder } = store.get();
    const coderId = coder?.id ?? null;
    const listed = store.get().knownCoders.find((c) => c.id === coderId);
    const nameChanged = coder !== null && listed !== undefined && listed.name !== coder.name;
    if (projectId === loadedFor.projectId && coderId === loadedFor.coderId && !nameChanged) return;
    loadedFor = { projectId, coderId };
    load(projectId).catch((error: unknown) => session.fail('Could not load the coders', error));
  }

  function save(view: CoderView): void {
    const projectId = store.get().projectId;
    store.set({ coderView: view });
    if (!projectId) return;
    storage
      .setSetting(coderViewKey(projectId), view)
      .catch((error: unknown) => session.fail('Could not remember the coder filter', error));
  }

  return {
    /** Starts following the store; returns the unsubscribe. */
    start(): () => void {
      follow();
      return store.subscribe(follow);
    },

    /**
     * After a change set: learns coders it brought, and if the user just coded while their
     * own annotations were hidden, shows them again (their new annotation would vanish).
     */
    onChangeSetApplied(set: ChangeSet): Promise<void> | undefined {
      const state = store.get();
      if (set.projectId !== state.projectId) return undefined;
      const { filter } = state.coderView;
      if (
        set.source === 'user' &&
        !isCoderShown(filter, set.coderId) &&
        set.changes.some((c) => c.kind === 'annotation' && c.before === null)
      ) {
        save({ ...state.coderView, filter: reveal(filter, set.coderId) });
        session.notify(
          notice('info', 'Your annotations are shown again: you coded while they were hidden'),
        );
      }
      const known = new Set(state.knownCoders.map((c) => c.id));
      const newcomer = set.changes.some((c) => {
        const record: Stamped | null = c.after ?? c.before;
        return record !== null && (!known.has(record.createdBy) || !known.has(record.updatedBy));
      });
      return newcomer ? reloadCoders() : undefined;
    },

    /**
     * Re-reads the coders table: annotations whose coder is not known arrived some other way
     * than a change set here (another tab's import or merge).
     */
    reloadCoders(): Promise<void> {
      return reloadCoders();
    },

    /** Shows only the chosen coders' annotations (or everyone's); remembered per project. */
    setFilter(filter: CoderFilter): void {
      save({ ...store.get().coderView, filter });
      const selected = store.get().selectedAnnotationId;
      const annotation = selected ? session.annotations.get(selected) : undefined;
      if (annotation && !isCoderShown(filter, annotation.createdBy))
        store.set({ selectedAnnotationId: null });
    },

    /** Lays the margin stripes out by code or by coder; remembered per project. */
    setStripeMode(stripeMode: StripeMode): void {
      save({ ...store.get().coderView, stripeMode });
    },
  };
}

/** The filter with one more coder shown. */
function reveal(filter: CoderFilter, coderId: Id): CoderFilter {
  return filter.kind === 'all' ? filter : { kind: 'only', coderIds: [...filter.coderIds, coderId] };
}

/** The coders service's type. */
export type CodersService = ReturnType<typeof createCodersService>;
