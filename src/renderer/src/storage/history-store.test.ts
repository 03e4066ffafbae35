import { describe, expect, it, vi } from 'vitest';
import type { ChangeSet, RecordChange } from '../../../core/changes/change-set';
import type { HistoryData } from '../../../core/undo/change-history';
import type { HistoryStep } from '../../../core/undo/undo-change-set';
import { openDatabase } from './database';
import { HISTORY_PART_SIZE, createHistoryStore } from './history-store';
import { isolatedIdb, makeAnnotation } from './test-fixtures';
import { createStorage } from './storage';
import { createProject } from '../../../core/commands/projects';
import { purgeProject } from '../../../core/commands/trash';

const P = 'project-1';

/** A user step creating `n` annotations. */
function step(label: string, n: number): HistoryStep {
  const changes: RecordChange[] = Array.from({ length: n }, (_, i) => ({
    kind: 'annotation',
    before: null,
    after: makeAnnotation(P, 'd1', [], `${label}-${i}`),
  }));
  const original: ChangeSet = {
    projectId: P,
    source: 'user',
    label,
    coderId: 'ada',
    at: '2026-11-30T12:00:00.000Z',
    changes,
    purged: [],
  };
  return { label, original };
}

/** How many changes each request to the history tables carried (IndexedDB clones each). */
function watchRequests(db: ReturnType<typeof openDatabase>): number[] {
  const sizes: number[] = [];
  const count = (value: unknown): number => JSON.stringify(value).split('"kind":').length - 1;
  for (const table of [db.history, db.historySteps] as const) {
    const put = table.put.bind(table) as (row: unknown) => Promise<unknown>;
    vi.spyOn(table, 'put').mockImplementation(((row: unknown) => {
      sizes.push(count(row));
      return put(row);
    }) as never);
  }
  return sizes;
}

describe('history store', () => {
  it('loads what it saved, steps cut into parts, in a fresh store over the same database', async () => {
    const db = openDatabase(isolatedIdb());
    const big = step('merge', 2 * HISTORY_PART_SIZE + 17);
    const data: HistoryData = {
      done: [step('code a', 1), big],
      undone: [step('code b', 2)],
      written: { 'annotation:x': '1-a' },
    };
    await createHistoryStore(db).saveHistory(P, data);
    expect(await db.historySteps.count()).toBe(1 + 3 + 1);
    expect(await createHistoryStore(db).loadHistory(P)).toEqual(data);
    expect(await createHistoryStore(db).loadHistory('another')).toBeUndefined();
  });

  it('writes a large step once: later saves write only new steps and the small index', async () => {
    const db = openDatabase(isolatedIdb());
    const store = createHistoryStore(db);
    const big = step('merge', 5 * HISTORY_PART_SIZE);
    await store.saveHistory(P, { done: [big], undone: [], written: {} });
    const sizes = watchRequests(db);
    await store.saveHistory(P, { done: [big, step('code', 1)], undone: [], written: {} });
    // Before schema version 8 this one save re-wrote the merge's 5,000 changes in one request.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    // And a store that loaded the history (after a reload) does not write the step again.
    const reloaded = createHistoryStore(db);
    const loaded = (await reloaded.loadHistory(P))!;
    sizes.length = 0;
    await reloaded.saveHistory(P, { ...loaded, done: [...loaded.done, step('code 2', 1)] });
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
  });

  it('never clones more than one part of a step per request', async () => {
    const db = openDatabase(isolatedIdb());
    const sizes = watchRequests(db);
    await createHistoryStore(db).saveHistory(P, {
      done: [step('merge', 3 * HISTORY_PART_SIZE + 1)],
      undone: [],
      written: {},
    });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(HISTORY_PART_SIZE);
  });

  it('erases the rows of steps that left the history', async () => {
    const db = openDatabase(isolatedIdb());
    const store = createHistoryStore(db);
    const [a, b, c] = [step('a', 1), step('b', HISTORY_PART_SIZE + 1), step('c', 1)];
    await store.saveHistory(P, { done: [a, b], undone: [], written: {} });
    await store.saveHistory(P, { done: [a], undone: [b], written: {} });
    expect(await db.historySteps.count()).toBe(3);
    // A new step clears the redo side: b's rows go.
    await store.saveHistory(P, { done: [a, c], undone: [], written: {} });
    expect(await db.historySteps.count()).toBe(2);
    expect((await createHistoryStore(db).loadHistory(P))?.done.map((s) => s.label)).toEqual([
      'a',
      'c',
    ]);
  });

  it('loads a history row written by schema version 7, and rewrites it in rows on the next save', async () => {
    const db = openDatabase(isolatedIdb());
    const data: HistoryData = { done: [step('old', 3)], undone: [], written: {} };
    await db.history.put({ projectId: P, data });
    const store = createHistoryStore(db);
    const loaded = await store.loadHistory(P);
    expect(loaded).toEqual(data);
    await store.saveHistory(P, loaded!);
    expect((await db.history.get(P))?.data).toBeUndefined();
    expect(await createHistoryStore(db).loadHistory(P)).toEqual(data);
  });

  it('starts empty when a step it names is incomplete, never with a step missing changes', async () => {
    const db = openDatabase(isolatedIdb());
    await createHistoryStore(db).saveHistory(P, {
      done: [step('a', 1), step('b', HISTORY_PART_SIZE + 5)],
      undone: [],
      written: { 'annotation:a-0': '1-x' },
    });
    const last = (await db.historySteps.toArray()).find((r) => r.part === 1)!;
    await db.historySteps.delete([last.projectId, last.stepId, last.part]);
    expect(await createHistoryStore(db).loadHistory(P)).toEqual({
      done: [],
      undone: [],
      written: {},
    });
  });

  it('goes with its project when the project is deleted for good', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    const ctx = { coderId: 'ada', now: '2026-11-30T12:00:00.000Z' };
    const { set, project } = createProject('p-erased', 'Gone', ctx);
    await storage.apply(set);
    await storage.saveHistory(project.id, {
      done: [step('merge', HISTORY_PART_SIZE + 1)],
      undone: [],
      written: {},
    });
    await storage.saveHistory('kept', { done: [step('mine', 1)], undone: [], written: {} });
    const trashed = { ...project, deleted: true };
    await storage.apply({
      ...set,
      changes: [{ kind: 'project', before: project, after: trashed }],
    });
    const snapshot = (await storage.readSnapshot(project.id))!;
    await storage.apply(purgeProject(snapshot, ctx));
    expect(await storage.loadHistory(project.id)).toBeUndefined();
    expect((await storage.db.historySteps.toArray()).map((r) => r.projectId)).toEqual(['kept']);
  });
});
