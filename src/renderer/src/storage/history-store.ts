import Dexie from 'dexie';
import { newId } from '../../../core/ids/new-id';
import type { Id } from '../../../core/model/types';
import type { HistoryData } from '../../../core/undo/change-history';
import type { HistoryStep } from '../../../core/undo/undo-change-set';
import type { MarginaliaDb } from './database';
import type { HistoryIndex, HistoryStepRef, HistoryStepRow } from './rows';

/** Each project's undo history, persisted so undo and redo (with their names) survive a reload. */
export interface HistoryStore {
  loadHistory(projectId: Id): Promise<HistoryData | undefined>;
  saveHistory(projectId: Id, data: HistoryData): Promise<void>;
}

/**
 * Changes per `historySteps` row. Each row is written by its own request, so a merge's step of
 * 15,000 changes is cloned for IndexedDB in short tasks rather than one of about 100 ms.
 */
export const HISTORY_PART_SIZE = 1000;

/**
 * The key range of one project's history step rows, or of one step's when `stepId` is given (to
 * read them, or erase them with the project or when the step leaves the history).
 */
export function historyStepRange(db: MarginaliaDb, projectId: Id, stepId?: string) {
  const [low, high] = stepId === undefined ? [Dexie.minKey, Dexie.maxKey] : [stepId, stepId];
  return db.historySteps
    .where('[projectId+stepId+part]')
    .between([projectId, low, Dexie.minKey], [projectId, high, Dexie.maxKey]);
}

/** A step cut into its rows: part 0 with the label and the change set's other fields. */
function stepRows(projectId: Id, stepId: string, step: HistoryStep): HistoryStepRow[] {
  const { changes, ...head } = step.original;
  const rows: HistoryStepRow[] = [];
  for (let at = 0, part = 0; at === 0 || at < changes.length; at += HISTORY_PART_SIZE, part++) {
    const slice = changes.slice(at, at + HISTORY_PART_SIZE);
    rows.push(
      part === 0
        ? { projectId, stepId, part, label: step.label, head, changes: slice }
        : { projectId, stepId, part, changes: slice },
    );
  }
  return rows;
}

/** The step its rows (in part order) hold, or null when a part is missing. */
function stepOf(
  rows: readonly HistoryStepRow[] | undefined,
  ref: HistoryStepRef,
): HistoryStep | null {
  if (!rows || rows.length !== ref.parts || rows[0]?.part !== 0 || !rows[0].head) return null;
  if (rows.some((row, i) => row.part !== i)) return null;
  return {
    label: rows[0].label ?? '',
    original: { ...rows[0].head, changes: rows.flatMap((row) => row.changes) },
  };
}

/**
 * The history part of the storage API, over `db`. Each step is stored once, in rows of its own
 * (`historySteps`), when it first enters the history; a save then writes only new steps, the
 * small `history` row naming the steps in order, and erases the steps that left. Steps are told
 * apart by identity (the history keeps the same objects), so an unchanged step is never written
 * again. The `history` row is written after the steps it names and before unnamed steps are
 * erased, so a save cut short still loads the previous or the new history whole.
 */
export function createHistoryStore(db: MarginaliaDb): HistoryStore {
  const stored = new WeakMap<HistoryStep, HistoryStepRef>();
  /** Per project, the ids of the steps that have rows. */
  const stepIds = new Map<Id, Set<string>>();
  /** Saves run one after another (a later one waits for the step rows of an earlier one). */
  let queue: Promise<void> = Promise.resolve();

  async function knownSteps(projectId: Id): Promise<Set<string>> {
    let ids = stepIds.get(projectId);
    if (!ids) {
      const keys = (await historyStepRange(db, projectId).primaryKeys()) as unknown as [
        Id,
        string,
      ][];
      ids = new Set(keys.map((k) => k[1]));
      stepIds.set(projectId, ids);
    }
    return ids;
  }

  async function save(projectId: Id, data: HistoryData): Promise<void> {
    const ids = await knownSteps(projectId);
    const refOf = async (step: HistoryStep): Promise<HistoryStepRef> => {
      const known = stored.get(step);
      if (known && ids.has(known.id)) return known;
      const rows = stepRows(projectId, newId(), step);
      // One request per part: each clones a slice of the step, in a task of its own.
      for (const row of rows) await db.historySteps.put(row);
      const ref = { id: rows[0]!.stepId, parts: rows.length };
      ids.add(ref.id);
      stored.set(step, ref);
      return ref;
    };
    const index: HistoryIndex = { done: [], undone: [], written: data.written };
    for (const step of data.done) index.done.push(await refOf(step));
    for (const step of data.undone) index.undone.push(await refOf(step));
    await db.history.put({ projectId, index });
    const named = new Set([...index.done, ...index.undone].map((r) => r.id));
    const gone = [...ids].filter((id) => !named.has(id));
    if (gone.length === 0) return;
    for (const id of gone) {
      await historyStepRange(db, projectId, id).delete();
      ids.delete(id);
    }
  }

  return {
    async loadHistory(projectId) {
      const row = await db.history.get(projectId);
      if (!row) return undefined;
      if (row.data) return row.data; // written by schema version 7
      const index = row.index;
      if (!index) return undefined;
      const byStep = new Map<string, HistoryStepRow[]>();
      for (const stepRow of await historyStepRange(db, projectId).toArray()) {
        const list = byStep.get(stepRow.stepId);
        if (list) list.push(stepRow);
        else byStep.set(stepRow.stepId, [stepRow]);
      }
      stepIds.set(projectId, new Set(byStep.keys()));
      const steps = (refs: HistoryStepRef[]): HistoryStep[] | null => {
        const out: HistoryStep[] = [];
        for (const ref of refs) {
          const step = stepOf(byStep.get(ref.id), ref);
          if (!step) return null;
          stored.set(step, ref);
          out.push(step);
        }
        return out;
      };
      const done = steps(index.done);
      const undone = steps(index.undone);
      // A step whose rows are incomplete (never written whole): the history cannot be trusted,
      // so it starts empty. Records are never affected; only undo's reach is.
      if (!done || !undone) return { done: [], undone: [], written: {} };
      return { done, undone, written: index.written };
    },
    saveHistory(projectId, data) {
      const next = queue.then(() => save(projectId, data));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
