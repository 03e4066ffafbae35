import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/model/types';
import {
  AnnotationPageEditor,
  annotationPages,
  packAnnotationPages,
  PAGE_MAX,
  PAGE_TARGET,
  ROWS_PER_CHUNK,
} from './annotation-pages';
import { openDatabase, type MarginaliaDb } from './database';
import { createTrashStore } from './trash-store';
import { isolatedIdb, makeAnnotation, rowCountingDatabase } from './test-fixtures';

const P = 'p';
const id = (n: number) => `a${String(n).padStart(6, '0')}`;
const make = (documentId: string, n: number, codeIds: string[] = []) =>
  makeAnnotation(P, documentId, codeIds, id(n));

async function fresh(): Promise<MarginaliaDb> {
  const db = openDatabase(isolatedIdb());
  await db.open();
  return db;
}

/** A fresh database with the rows each request to the annotation rows read or wrote. */
async function counted(): Promise<{ db: MarginaliaDb; sizes: number[] }> {
  const sizes: number[] = [];
  const db = rowCountingDatabase('annotationPages', (rows) => sizes.push(rows));
  await db.open();
  return { db, sizes };
}

/** Puts `annotations` through an editor in one transaction, as `apply` does. */
async function put(db: MarginaliaDb, annotations: Annotation[], erase: Annotation[] = []) {
  await db.transaction('rw', db.annotationPages, async () => {
    const pages = new AnnotationPageEditor(db, P);
    await pages.load([...annotations, ...erase]);
    for (const a of annotations) pages.put(a);
    for (const a of erase) pages.delete(a.documentId, a.id);
    await pages.flush();
  });
}

/** Every row's first id and size, per document, in key order. */
async function layout(db: MarginaliaDb, documentId: string) {
  const rows = await db.annotationPages
    .where(':id')
    .between([P, documentId, ''], [P, documentId, '\uffff'])
    .toArray();
  return rows.map((r) => [r.firstId, r.size]);
}

describe('annotation rows', () => {
  it('packs each document sorted by id into rows of the target size, the first keyed ""', () => {
    const annotations = [make('d2', 3), make('d1', 2), make('d1', 1), make('d1', 0)];
    const rows = packAnnotationPages(P, annotations, 2);
    expect(rows.map((r) => [r.documentId, r.firstId, r.annotations.map((a) => a.id)])).toEqual([
      ['d2', '', [id(3)]],
      ['d1', '', [id(0), id(1)]],
      ['d1', id(2), [id(2)]],
    ]);
  });

  it('finds, replaces and erases single annotations in the row that holds their id', async () => {
    const db = await fresh();
    const all = Array.from({ length: 2 * PAGE_TARGET + 5 }, (_, n) => make('d', 2 * n + 1));
    await db.annotationPages.bulkAdd(packAnnotationPages(P, all));
    expect((await layout(db, 'd')).map(([, size]) => size)).toEqual([PAGE_TARGET, PAGE_TARGET, 5]);
    // Below every id, between two rows, and a replacement.
    const low = make('d', 0);
    const middle = make('d', 2 * PAGE_TARGET + 2);
    const edited = { ...all[10]!, memo: 'edited' };
    await put(db, [low, middle, edited], [all[3]!]);
    const listed = await annotationPages.ofDocument(db, P, 'd');
    expect(listed.map((a) => a.id)).toEqual(
      [low, ...all.filter((a) => a !== all[3]), middle].map((a) => a.id).sort(),
    );
    expect(listed.find((a) => a.id === edited.id)?.memo).toBe('edited');
    expect((await layout(db, 'd')).map(([, size]) => size)).toEqual([
      PAGE_TARGET,
      PAGE_TARGET + 1,
      5,
    ]);
    expect(await annotationPages.countOfDocument(db, P, 'd')).toBe(all.length + 1);
    expect(await annotationPages.byIds(db, P, [middle.id, 'nope', low.id])).toEqual([
      middle,
      undefined,
      low,
    ]);
  });

  it('splits a row grown past the limit, and erases a row emptied', async () => {
    const db = await fresh();
    await put(db, [make('d', 0)]);
    expect(await layout(db, 'd')).toEqual([['', 1]]);
    const many = Array.from({ length: PAGE_MAX }, (_, n) => make('d', n + 1));
    await put(db, many);
    expect((await layout(db, 'd')).map(([, size]) => size)).toEqual([PAGE_TARGET, PAGE_TARGET, 1]);
    const second = (await layout(db, 'd'))[1]![0] as string;
    const inSecond = many.filter((a) => a.id >= second).slice(0, PAGE_TARGET);
    await put(db, [], inSecond);
    expect((await layout(db, 'd')).map(([, size]) => size)).toEqual([PAGE_TARGET, 1]);
    // Every annotation left is still found, and new ones land.
    await put(db, [make('d', 5 * PAGE_MAX)]);
    expect(await annotationPages.countOfDocument(db, P, 'd')).toBe(PAGE_TARGET + 2);
  });

  it('reads a document span and the rows holding a code, nothing of other documents', async () => {
    const db = await fresh();
    const d = Array.from({ length: 3000 }, (_, n) => make('d', n, n % 100 === 0 ? ['c'] : []));
    const e = Array.from({ length: 10 }, (_, n) => make('e', n, ['c']));
    await db.annotationPages.bulkAdd(packAnnotationPages(P, [...d, ...e]));
    const span = await annotationPages.between(db, P, 'd', id(950), id(2049));
    expect(span.map((a) => a.id)).toEqual(d.slice(950, 2050).map((a) => a.id));
    expect((await annotationPages.withCode(db, P, 'c')).length).toBe(30 + 10);
    expect(await annotationPages.withCode(db, 'other', 'c')).toEqual([]);
    await annotationPages.eraseProject(db, P);
    expect(await db.annotationPages.count()).toBe(0);
  });

  it('annotations by id from every row (an undo of a merge) are read a few rows per request', async () => {
    const { db, sizes } = await counted();
    const all = Array.from({ length: 5 * ROWS_PER_CHUNK * 10 }, (_, n) => make('d', n));
    await db.annotationPages.bulkAdd(packAnnotationPages(P, all, 10));
    sizes.length = 0;
    const wanted = all.filter((_, n) => n % 3 === 0).map((a) => a.id);
    const found = await annotationPages.byIds(db, P, [...wanted, 'nope']);
    expect(found.map((a) => a?.id)).toEqual([...wanted, undefined]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ROWS_PER_CHUNK);
  });

  it("a project's tombstones are listed for the trash a few rows per request", async () => {
    const { db, sizes } = await counted();
    const all = Array.from({ length: 5 * ROWS_PER_CHUNK * 10 }, (_, n) => ({
      ...make(n % 2 ? 'd' : 'e', n),
      deleted: n % 7 === 0,
    }));
    await db.annotationPages.bulkAdd(packAnnotationPages(P, all, 10));
    await db.annotationPages.bulkAdd(
      packAnnotationPages('other', [{ ...make('d', 0), deleted: true }], 10),
    );
    sizes.length = 0;
    const trash = await createTrashStore(db).listTrash(P);
    const ids = (list: Annotation[]) => list.map((a) => a.id).sort();
    expect(ids(trash.annotations)).toEqual(ids(all.filter((a) => a.deleted)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ROWS_PER_CHUNK);
  });

  it('a code on every row of a document is read, and its rows rewritten, a few rows per request', async () => {
    const { db, sizes } = await counted();
    const rows = 5 * ROWS_PER_CHUNK;
    const all = Array.from({ length: rows * 10 }, (_, n) => make('d', n, ['c', `k${n % 3}`]));
    await db.annotationPages.bulkAdd(packAnnotationPages(P, all, 10));
    sizes.length = 0;
    const found = await annotationPages.withCode(db, P, 'c');
    expect(found.map((a) => a.id)).toEqual(all.map((a) => a.id));
    await put(
      db,
      found.map((a) => ({ ...a, codeIds: ['x'] })),
    );
    expect(await annotationPages.withCode(db, P, 'c')).toEqual([]);
    expect((await annotationPages.withCode(db, P, 'x')).length).toBe(all.length);
    // Reads of withCode and of the editor, and the editor's writes: never all rows at once.
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ROWS_PER_CHUNK);
  });
});
