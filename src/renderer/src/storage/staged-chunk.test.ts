import { describe, expect, it } from 'vitest';
import { openDatabase, type MarginaliaDb } from './database';
import { StagedImportDiscardedError, writeStagedChunk } from './staged-chunk';
import { isolatedIdb } from './test-fixtures';

const MARKER = 'stagedImport:p1';

/** An open database with the marker set, and its native connection. */
async function setUp(): Promise<{ db: MarginaliaDb; idb: IDBDatabase }> {
  const db = openDatabase(isolatedIdb());
  await db.settings.put({ key: MARKER, value: { touchedAt: 1 } });
  return { db, idb: db.backendDB() };
}

const codeRow = (id: string) => ({ projectId: 'p1', id, name: id });
const codeRows = (n: number) => Array.from({ length: n }, (_, i) => codeRow(`c${i}`));
const storedCodes = (db: MarginaliaDb) => db.projectCodes.count();

describe('one chunk of a staged import', () => {
  it('adds its rows and touches the marker, in one transaction', async () => {
    const { db, idb } = await setUp();
    await writeStagedChunk(idb, [{ store: 'projectCodes', rows: codeRows(3) }], {
      key: MARKER,
      value: { touchedAt: 2 },
    });
    expect(await storedCodes(db)).toBe(3);
    expect((await db.settings.get(MARKER))?.value).toEqual({ touchedAt: 2 });
  });

  it('writes nothing once the marker is gone (the import was discarded)', async () => {
    const { db, idb } = await setUp();
    await db.settings.delete(MARKER);
    await expect(
      writeStagedChunk(idb, [{ store: 'projectCodes', rows: codeRows(3) }], {
        key: MARKER,
        value: { touchedAt: 2 },
      }),
    ).rejects.toBeInstanceOf(StagedImportDiscardedError);
    expect(await storedCodes(db)).toBe(0);
    expect(await db.settings.get(MARKER)).toBeUndefined();
  });

  it('cancelled while under way, it aborts at once and keeps none of its rows', async () => {
    const { db, idb } = await setUp();
    const controller = new AbortController();
    const written = writeStagedChunk(
      idb,
      [{ store: 'projectCodes', rows: codeRows(500) }],
      { key: MARKER, value: { touchedAt: 2 } },
      controller.signal,
    );
    controller.abort(new Error('cancelled by the user'));
    await expect(written).rejects.toThrow('cancelled by the user');
    expect(await storedCodes(db)).toBe(0);
    expect((await db.settings.get(MARKER))?.value).toEqual({ touchedAt: 1 });
  });

  it('already cancelled, it starts no transaction', async () => {
    const { db, idb } = await setUp();
    const controller = new AbortController();
    controller.abort(new Error('cancelled first'));
    await expect(
      writeStagedChunk(
        idb,
        [{ store: 'projectCodes', rows: codeRows(2) }],
        {
          key: MARKER,
          value: {},
        },
        controller.signal,
      ),
    ).rejects.toThrow('cancelled first');
    expect(await storedCodes(db)).toBe(0);
  });

  it('a row whose key is taken fails the whole chunk', async () => {
    const { db, idb } = await setUp();
    await db.projectCodes.add(codeRow('c1') as never);
    await expect(
      writeStagedChunk(idb, [{ store: 'projectCodes', rows: codeRows(3) }], {
        key: MARKER,
        value: { touchedAt: 2 },
      }),
    ).rejects.toThrow();
    expect(await storedCodes(db)).toBe(1);
    expect((await db.settings.get(MARKER))?.value).toEqual({ touchedAt: 1 });
  });
});
