import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { RecordConflict } from '../../../../core/model/conflict';
import { openDatabase } from '../database';
import { createDexieRepository } from '../dexie-repository';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import {
  coder,
  isolatedIdb,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
} from '../test-fixtures';

/** The version 3 schema written out literally, as the release before version 4 shipped it. */
const RELEASED_V3 = {
  settings: 'key',
  coders: 'id',
  projects: 'id',
  projectDocuments: '[projectId+id], projectId, [projectId+contentHash]',
  projectTexts: '[projectId+id]',
  projectCodes: '[projectId+id], projectId',
  projectAnnotations: '[projectId+id], projectId, [projectId+documentId], *codeIds',
  purged: '[projectId+kind+id], projectId',
  history: 'projectId',
};

describe('migration to version 4: merge conflicts', () => {
  it('opens a version 3 database losing nothing, with no conflicts yet, and keeps new ones', async () => {
    const idb = isolatedIdb();
    const project = makeProject(undefined, 'One');
    const docs = Array.from({ length: 12 }, (_, i) => makeDocument(project.id, `doc ${i}.txt`));
    const code = makeCode(project.id, 'Victims');
    const annotations = docs.map((d) => makeAnnotation(project.id, d.id, [code.id]));
    const purged = {
      kind: 'annotation' as const,
      id: 'gone',
      projectId: project.id,
      purgedBy: coder.id,
      purgedAt: project.createdAt,
    };
    const history = { projectId: project.id, data: { done: [], undone: [], written: {} } };
    const v3 = new Dexie('v3-db', idb);
    v3.version(3).stores(RELEASED_V3);
    await v3.open();
    await v3.table('settings').put({ key: 'currentProjectId', value: project.id });
    await v3.table('coders').put(coder);
    await v3.table('projects').put(project);
    await v3
      .table('projectDocuments')
      .bulkPut(docs.map(({ text: _t, blocks: _b, marks: _m, ...meta }) => meta));
    await v3.table('projectTexts').bulkPut(
      docs.map((d) => ({
        projectId: d.projectId,
        id: d.id,
        text: d.text,
        blocks: d.blocks,
        marks: d.marks,
      })),
    );
    await v3.table('projectCodes').put(code);
    await v3.table('projectAnnotations').bulkPut(annotations);
    await v3.table('purged').put(purged);
    await v3.table('history').put(history);
    v3.close();

    const db = openDatabase({ ...idb, name: 'v3-db' });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.settings.get('currentProjectId')).toEqual({
      key: 'currentProjectId',
      value: project.id,
    });
    expect(await db.coders.toArray()).toEqual([coder]);
    expect(await db.projects.toArray()).toEqual([project]);
    expect(await db.purged.toArray()).toEqual([purged]);
    expect(await db.history.toArray()).toEqual([history]);
    const repo = createDexieRepository(db);
    const snapshot = await repo.readSnapshot(project.id);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(snapshot?.documents ?? [])).toEqual(byId(docs));
    expect(snapshot?.codes).toEqual([code]);
    expect(byId(snapshot?.annotations ?? [])).toEqual(byId(annotations));
    expect(snapshot?.purged).toEqual([purged]);
    expect(snapshot).not.toHaveProperty('conflicts');
    expect(await repo.listConflicts(project.id)).toEqual([]);

    // The new table keeps a conflict through a close and reopen.
    const losing = { ...(annotations[0] as (typeof annotations)[0]), memo: 'theirs', rev: '2-x' };
    const conflict: RecordConflict = { kind: 'annotation', record: losing };
    await repo.apply({
      projectId: project.id,
      source: 'merge',
      label: 'merge',
      coderId: coder.id,
      at: project.createdAt,
      changes: [],
      purged: [],
      conflictsAdded: [conflict],
    });
    db.close();
    const again = openDatabase({ ...idb, name: 'v3-db' });
    expect(await createDexieRepository(again).listConflicts(project.id)).toEqual([conflict]);
    again.close();
  });
});
