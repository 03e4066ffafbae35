import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type { Id } from '../../../core/model/types';
import {
  annotation,
  CODER,
  code,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { createStorage } from './storage';
import { openDatabase, type MarginaliaDb } from './database';
import { ProjectExistsError, STAGED_IMPORT_STALE_MS } from './staged-import';
import { isolatedIdb } from './test-fixtures';

/** A project of one document, one code and `n` annotations. */
function snapshotOf(projectId: Id, n: number): ProjectSnapshot {
  return {
    project: project(projectId),
    coders: [{ id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' }],
    documents: [document(projectId, 'd1')],
    codes: [code(projectId, 'c1')],
    annotations: Array.from({ length: n }, (_, i) => annotation(projectId, 'd1', `a${i}`, ['c1'])),
    purged: [
      {
        projectId,
        kind: 'annotation',
        id: 'gone',
        purgedBy: CODER,
        purgedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  };
}

/**
 * Every record the profile holds for a project, whatever table (staged rows included; each
 * annotation of a row of annotations counts).
 */
async function rowsOf(db: MarginaliaDb, projectId: Id): Promise<number> {
  let n = 0;
  const range = [
    [projectId, Dexie.minKey],
    [projectId, Dexie.maxKey],
  ] as const;
  for (const table of [db.projectTexts, db.projectDocuments, db.projectCodes]) {
    n += await table
      .where('[projectId+id]')
      .between(...range)
      .count();
  }
  await db.annotationPages
    .where(':id')
    .between(...range)
    .each((row) => void (n += row.annotations.length));
  return n;
}

const markers = (db: MarginaliaDb) => db.settings.where('key').startsWith('stagedImport:').count();

afterEach(() => vi.useRealTimers());

describe('a staged project import', () => {
  it('lands whole: every record, coders and tombstones, and no marker left', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    const snapshot = snapshotOf('p1', 25);
    const progress: number[] = [];
    await storage.writeProjectStaged(snapshot, {
      chunkSize: 10,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2, 12, 22, 27]);
    const read = await storage.readSnapshot('p1');
    expect(read?.annotations).toHaveLength(25);
    expect(read?.purged).toEqual(snapshot.purged);
    expect(read?.coders.map((c) => c.id)).toEqual([CODER]);
    expect(await markers(storage.db)).toBe(0);
  });

  it("lands each live document's annotation snapshot, so its first open paints from it", async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    const snapshot = snapshotOf('p1', 25);
    snapshot.documents.push(document('p1', 'd2'));
    snapshot.annotations[3] = { ...snapshot.annotations[3]!, deleted: true };
    await storage.writeProjectStaged(snapshot, { chunkSize: 10 });
    const columns = await storage.getAnnotationColumns('p1', 'd1');
    expect(columns?.ids).toHaveLength(24);
    expect(columns?.ids).not.toContain('a3');
    expect((await storage.getAnnotationColumns('p1', 'd2'))?.ids).toEqual([]);
  });

  it('is invisible until the last chunk commits', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    const seen: number[] = [];
    await storage.writeProjectStaged(snapshotOf('p1', 30), {
      chunkSize: 10,
      // Between chunks, other readers see no project (its rows are there, unlisted).
      onProgress: () => void storage.listProjects().then((p) => seen.push(p.length)),
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.slice(0, -1).every((n) => n === 0)).toBe(true);
    expect((await storage.listProjects()).map((p) => p.id)).toEqual(['p1']);
  });

  it('cancelled after a chunk, it leaves nothing: no project, no rows, no marker', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    const controller = new AbortController();
    await expect(
      storage.writeProjectStaged(snapshotOf('p1', 30), {
        chunkSize: 10,
        signal: controller.signal,
        onProgress: (done) => {
          if (done > 10) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect(await storage.listProjects()).toEqual([]);
    expect(await rowsOf(storage.db, 'p1')).toBe(0);
    expect(await markers(storage.db)).toBe(0);
    // The same file imports cleanly afterwards.
    await storage.writeProjectStaged(snapshotOf('p1', 30), { chunkSize: 10 });
    expect(await rowsOf(storage.db, 'p1')).toBe(33); // text, document, code, 30 annotations
  });

  it('cancelled after the last chunk, while it lands, it still leaves nothing', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    const controller = new AbortController();
    // The cancel arrives inside the landing transaction (every chunk already written).
    const bulkGet = storage.db.coders.bulkGet.bind(storage.db.coders);
    vi.spyOn(storage.db.coders, 'bulkGet').mockImplementation((keys) => {
      controller.abort();
      return bulkGet(keys);
    });
    const written: number[] = [];
    await expect(
      storage.writeProjectStaged(snapshotOf('p1', 30), {
        chunkSize: 10,
        signal: controller.signal,
        onProgress: (done) => void written.push(done),
      }),
    ).rejects.toThrow(/abort/i);
    expect(written.at(-1)).toBe(32);
    expect(await storage.listProjects()).toEqual([]);
    expect(await rowsOf(storage.db, 'p1')).toBe(0);
    expect(await markers(storage.db)).toBe(0);
  });

  it('after a crash midway, the next start erases the invisible rows once the marker is stale', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const idb = isolatedIdb();
    const db = openDatabase({ ...idb, name: 'crash' });
    const storage = createStorage(db);
    // The "crash": the connection goes away after the second chunk, so nothing can clean up.
    await expect(
      storage.writeProjectStaged(snapshotOf('p1', 30), {
        chunkSize: 10,
        onProgress: (done) => {
          if (done > 10) db.close();
        },
      }),
    ).rejects.toThrow();
    const after = createStorage(openDatabase({ ...idb, name: 'crash' }));
    expect(await after.listProjects()).toEqual([]);
    expect(await rowsOf(after.db, 'p1')).toBeGreaterThan(0);
    // A start within the minute leaves a possibly live import alone; a later one erases it.
    expect(await after.discardStagedImports()).toEqual([]);
    vi.setSystemTime(Date.now() + STAGED_IMPORT_STALE_MS);
    expect(await after.discardStagedImports()).toEqual(['p1']);
    expect(await rowsOf(after.db, 'p1')).toBe(0);
    expect(await markers(after.db)).toBe(0);
  });

  it('a discard during a live import makes it fail instead of leaving orphan rows', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    let discarded: Promise<unknown> = Promise.resolve();
    await expect(
      storage.writeProjectStaged(snapshotOf('p1', 30), {
        chunkSize: 10,
        onProgress: (done) => {
          if (done === 12) discarded = storage.discardStagedImports({ olderThanMs: 0 });
        },
      }),
    ).rejects.toThrow(/discarded/);
    await discarded;
    expect(await storage.listProjects()).toEqual([]);
    expect(await rowsOf(storage.db, 'p1')).toBe(0);
  });

  it('refuses a project the profile has, and leaves that project untouched', async () => {
    const storage = createStorage(openDatabase(isolatedIdb()));
    await storage.writeProjectStaged(snapshotOf('p1', 5));
    await expect(storage.writeProjectStaged(snapshotOf('p1', 8))).rejects.toBeInstanceOf(
      ProjectExistsError,
    );
    expect((await storage.readSnapshot('p1'))?.annotations).toHaveLength(5);
    expect(await markers(storage.db)).toBe(0);
  });
});
