import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { createStorage } from '../storage';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import {
  coder,
  isolatedIdb,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
} from '../test-fixtures';

/** The version 2 schema written out literally, as the release before version 3 shipped it. */
const RELEASED_V2 = {
  settings: 'key',
  coders: 'id',
  projects: 'id',
  documents: 'id, projectId, [projectId+contentHash]',
  codes: 'id, projectId',
  annotations: 'id, projectId, documentId, [projectId+documentId]',
  documentTexts: 'id',
};

describe('migration to version 3: records keyed by project and id', () => {
  it('moves every record and body of a version 2 database, losing nothing', async () => {
    const idb = isolatedIdb();
    const projects = [makeProject(undefined, 'One'), makeProject(undefined, 'Two')];
    const docs = projects.flatMap((p, i) =>
      Array.from({ length: 30 }, (_, j) => makeDocument(p.id, `doc ${i}-${j}.txt`)),
    );
    const codes = projects.map((p) => makeCode(p.id, `Code of ${p.name}`));
    const annotations = docs.map((d, i) =>
      makeAnnotation(d.projectId, d.id, [codes[i < 30 ? 0 : 1]?.id ?? '']),
    );
    const v2 = new Dexie('v2-db', idb);
    v2.version(2).stores(RELEASED_V2);
    await v2.open();
    await v2.table('settings').put({ key: 'currentProjectId', value: projects[1]?.id });
    await v2.table('coders').put(coder);
    await v2.table('projects').bulkPut(projects);
    await v2
      .table('documents')
      .bulkPut(docs.map(({ text: _t, blocks: _b, marks: _m, ...meta }) => meta));
    await v2
      .table('documentTexts')
      .bulkPut(docs.map((d) => ({ id: d.id, text: d.text, blocks: d.blocks, marks: d.marks })));
    await v2.table('codes').bulkPut(codes);
    await v2.table('annotations').bulkPut(annotations);
    v2.close();

    const db = openDatabase({ ...idb, name: 'v2-db' });
    await db.open();
    // Opened at the current version: later versions add tables (and version 7 moves
    // annotations on into rows).
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining([
        'coders',
        'history',
        'annotationPages',
        'projectCodes',
        'projectDocuments',
        'projectTexts',
        'projects',
        'purged',
        'settings',
      ]),
    );
    expect(await db.settings.get('currentProjectId')).toEqual({
      key: 'currentProjectId',
      value: projects[1]?.id,
    });
    expect(await db.coders.toArray()).toEqual([coder]);
    expect(await db.projects.toArray()).toEqual(projects);
    for (const doc of docs) {
      const { text, blocks, marks, ...meta } = doc;
      expect(await db.projectDocuments.get([doc.projectId, doc.id])).toEqual(meta);
      expect(await db.projectTexts.get([doc.projectId, doc.id])).toEqual({
        projectId: doc.projectId,
        id: doc.id,
        text,
        blocks,
        marks,
      });
    }
    expect(await db.projectCodes.count()).toBe(codes.length);
    for (const code of codes)
      expect(await db.projectCodes.get([code.projectId, code.id])).toEqual(code);
    // Annotations, moved on to rows by version 7, are read through the storage API.
    const storage = createStorage(db);
    const stored = (
      await Promise.all(projects.map((p) => storage.listRecords(p.id, 'annotation')))
    ).flat();
    expect(stored).toHaveLength(annotations.length);
    for (const a of annotations)
      expect((await storage.getRecords(a.projectId, 'annotation', [a.id]))[0]).toEqual(a);
    // Annotations are found by code.
    const withCode = await Promise.all(
      projects.map((p) => storage.annotationsWithCode(p.id, codes[0]?.id ?? '')),
    );
    expect(withCode.flat()).toHaveLength(30);
    db.close();
  });

  it('upgrades a database written by version 1, through version 2', async () => {
    const idb = isolatedIdb();
    const project = makeProject();
    const doc = makeDocument(project.id, 'a.md');
    const v1 = new Dexie('v1-db', idb);
    const { documentTexts: _texts, ...releasedV1 } = RELEASED_V2;
    v1.version(1).stores(releasedV1);
    await v1.open();
    await v1.table('projects').put(project);
    await v1.table('documents').put(doc);
    v1.close();
    const db = openDatabase({ ...idb, name: 'v1-db' });
    await db.open();
    expect((await db.projectTexts.get([project.id, doc.id]))?.text).toBe(doc.text);
    expect(await db.projectDocuments.get([project.id, doc.id])).not.toHaveProperty('text');
    db.close();
  });
});
