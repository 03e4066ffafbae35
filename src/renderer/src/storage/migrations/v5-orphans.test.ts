import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { createStorage } from '../storage';
import { createOrphanStore, type Orphan } from '../orphan-store';
import { schemaV3 } from './v3-records-by-project';
import { schemaV4 } from './v4-merge-conflicts';
import { isolatedIdb, makeAnnotation, makeDocument, makeProject, T0, T1 } from '../test-fixtures';

describe('migration to version 5: orphans of re-anchoring', () => {
  it('opens a version 3 database with every record as it was, and an empty orphans table', async () => {
    const idb = isolatedIdb();
    const project = makeProject();
    const doc = makeDocument(project.id, 'a.txt');
    const annotation = makeAnnotation(project.id, doc.id, ['c']);
    const v3 = new Dexie('v3-db', idb);
    v3.version(3).stores(schemaV3.stores);
    await v3.open();
    await v3.table('projects').put(project);
    await v3.table('projectAnnotations').put(annotation);
    v3.close();

    const db = openDatabase({ ...idb, name: 'v3-db' });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.projects.toArray()).toEqual([project]);
    expect(await createStorage(db).listRecords(project.id, 'annotation')).toEqual([annotation]);
    const orphans = createOrphanStore(db);
    expect(await orphans.listOrphans(project.id, doc.id)).toEqual([]);
    db.close();
  });

  it('opens a version 4 database keeping its merge conflicts', async () => {
    const idb = isolatedIdb();
    const project = makeProject();
    const conflict = { projectId: project.id, key: 'annotation/a/2-x', note: 'kept as it was' };
    const v4 = new Dexie('v4-db', idb);
    v4.version(3).stores(schemaV3.stores);
    v4.version(4).stores(schemaV4.stores);
    await v4.open();
    await v4.table('conflicts').put(conflict);
    v4.close();

    const db = openDatabase({ ...idb, name: 'v4-db' });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.table('conflicts').toArray()).toEqual([conflict]);
    expect(await db.table('orphans').count()).toBe(0);
    db.close();
  });

  it('keeps orphans per document, lists them oldest first and counts the waiting ones', async () => {
    const db = openDatabase(isolatedIdb());
    const store = createOrphanStore(db);
    const project = makeProject();
    const annotation = makeAnnotation(project.id, 'old-doc', ['c']);
    const orphan = (id: string, documentId: string, more: Partial<Orphan> = {}): Orphan => ({
      projectId: project.id,
      id,
      documentId,
      annotation: { ...annotation, id },
      reason: 'not-found',
      origin: 'carried from a.txt',
      keptAt: T0,
      ...more,
    });
    await store.keepOrphans([
      orphan('o2', 'd1', { keptAt: T1 }),
      orphan('o1', 'd1'),
      orphan('o3', 'd2'),
      orphan('placed', 'd2', { placedAs: 'a' }),
      orphan('gone', 'd2', { discardedAt: T1 }),
      { ...orphan('elsewhere', 'd1'), projectId: 'other' },
    ]);
    expect((await store.listOrphans(project.id, 'd1')).map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(await store.countWaiting(project.id)).toEqual(
      new Map([
        ['d1', 2],
        ['d2', 1],
      ]),
    );
    // A new version of a kept orphan replaces it.
    await store.keepOrphans([orphan('o1', 'd1', { discardedAt: T1 })]);
    expect(
      (await store.listOrphans(project.id, 'd1')).find((o) => o.id === 'o1')?.discardedAt,
    ).toBe(T1);
    db.close();
  });
});
