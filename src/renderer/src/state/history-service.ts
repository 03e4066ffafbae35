import type { AnyRecord } from '../../../core/changes/change-set';
import type { ChangeSet } from '../../../core/changes/change-set';
import type { Id } from '../../../core/model/types';
import { ChangeHistory } from '../../../core/undo/change-history';
import {
  recordKey,
  redoChangeSet,
  stepRecords,
  undoChangeSet,
  undoneCreations,
  type HistoryStep,
} from '../../../core/undo/undo-change-set';
import type { Session } from './session';

/** How long after the last step the history is saved (coalesces bursts of typing). */
const SAVE_DELAY_MS = 250;

/**
 * Undo and redo for the open project. The history holds the project's user change sets and its
 * merges, each one named step (imports stay out); undo and redo are new change sets stamped now, built in their turn from
 * the records as stored, and refused with a message when a record changed since. The history
 * is saved per project, so the last 500 steps and their names survive a reload.
 */
export function createHistoryService(
  session: Pick<Session, 'store' | 'storage' | 'changes' | 'context'>,
) {
  const { store, storage, changes } = session;
  let history = new ChangeHistory();
  let projectId: Id | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

  function publish(): void {
    store.set({
      undoLabel: history.peekUndo()?.label ?? null,
      redoLabel: history.peekRedo()?.label ?? null,
    });
  }

  function save(): void {
    const id = projectId;
    if (!id) return;
    if (saveTimer) clearTimeout(saveTimer);
    const data = history.toData();
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void storage.saveHistory(id, data).catch(() => undefined);
    }, SAVE_DELAY_MS);
  }

  async function current(step: HistoryStep): Promise<Map<string, AnyRecord | undefined>> {
    const map = new Map<string, AnyRecord | undefined>();
    const byKind = new Map<HistoryStep['original']['changes'][number]['kind'], string[]>();
    for (const { kind, id } of stepRecords(step))
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    for (const [kind, ids] of byKind) {
      const records = await storage.getRecords(step.original.projectId, kind, ids);
      ids.forEach((id, i) => map.set(recordKey({ kind, id }), records[i] as AnyRecord | undefined));
    }
    return map;
  }

  async function step(direction: 'undo' | 'redo'): Promise<string | null> {
    return changes.serial(async () => {
      const next = direction === 'undo' ? history.peekUndo() : history.peekRedo();
      if (!next) return null;
      const records = await current(next);
      const build = direction === 'undo' ? undoChangeSet : redoChangeSet;
      const set = build(next, records, history.writtenVersions, session.context());
      await changes.applyNow(set);
      if (direction === 'undo') {
        history.markUndone(set);
        const hidden = undoneCreations(next, set);
        if (Object.keys(hidden).length > 0)
          await storage.hideFromTrash(set.projectId, hidden).catch(() => undefined);
      } else history.markRedone(set);
      publish();
      save();
      return next.label;
    });
  }

  return {
    /** Records the open project's user change sets (a change-set listener). */
    onChangeSetApplied(set: ChangeSet): void {
      if (set.projectId !== projectId) return;
      if (history.record(set)) {
        publish();
        save();
      }
    },
    /** Loads a project's saved history (another project opened). */
    async load(id: Id | null): Promise<void> {
      projectId = id;
      history = new ChangeHistory(id ? await storage.loadHistory(id) : undefined);
      publish();
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
  };
}
