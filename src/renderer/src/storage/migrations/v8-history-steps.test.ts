import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { HistoryData } from '../../../../core/undo/change-history';
import { openDatabase } from '../database';
import { createStorage } from '../storage';
import { isolatedIdb, makeAnnotation, makeProject } from '../test-fixtures';
import { schemaV7 } from './v7-annotation-pages';

describe('migration to version 8: history steps in rows', () => {
  it('opens a version 7 database and loads its undo history as it was', async () => {
    const idb = isolatedIdb();
    const project = makeProject(undefined, 'One');
    const after = makeAnnotation(project.id, 'd1', [], 'a1');
    const data: HistoryData = {
      done: [
        {
          label: 'Code “Trust”',
          original: {
            projectId: project.id,
            source: 'user',
            label: 'Code “Trust”',
            coderId: 'ada',
            at: after.updatedAt,
            changes: [{ kind: 'annotation', before: null, after }],
            purged: [],
          },
        },
      ],
      undone: [],
      written: { 'annotation:a1': after.rev ?? null },
    };
    const v7 = new Dexie('v7-db', idb);
    v7.version(7).stores(schemaV7.stores);
    await v7.open();
    await v7.table('projects').put(project);
    await v7.table('history').put({ projectId: project.id, data });
    v7.close();

    const db = openDatabase({ ...idb, name: 'v7-db' });
    await db.open();
    expect(db.verno).toBe(8);
    const storage = createStorage(db);
    expect(await storage.loadHistory(project.id)).toEqual(data);
    db.close();
  });
});
