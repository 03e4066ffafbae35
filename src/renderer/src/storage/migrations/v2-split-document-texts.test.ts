import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../../../core/model/types';
import { declareSchema } from '../schema';
import {
  coder,
  isolatedIdb,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
} from '../test-fixtures';

/** The version 1 schema written out literally, as the first release shipped it. */
const RELEASED_V1 = {
  settings: 'key',
  coders: 'id',
  projects: 'id',
  documents: 'id, projectId, [projectId+contentHash]',
  codes: 'id, projectId',
  annotations: 'id, projectId, documentId, [projectId+documentId]',
};

/** The database as the code of version 2 opened it (later versions move these tables). */
function atVersion2(idb: ReturnType<typeof isolatedIdb>, name: string) {
  const db = new Dexie(name, idb) as Dexie &
    Record<
      'documents' | 'documentTexts' | 'projects' | 'codes' | 'annotations' | 'settings',
      Dexie.Table
    >;
  declareSchema(db, 2);
  return db;
}

describe('migration to version 2: document bodies move to documentTexts', () => {
  it('keeps every document’s metadata and body, and bodies leave the documents table', async () => {
    const idb = isolatedIdb();
    const project = makeProject();
    const docs: CorpusDocument[] = Array.from({ length: 120 }, (_, i) => ({
      ...makeDocument(project.id, `doc ${i}.md`),
      text: `Body number ${i}\nwith a second line ${'x'.repeat(i)}`,
      blocks: [{ kind: 'heading', start: 0, end: 14, level: 1 }],
      marks: [{ kind: 'strong', start: 5, end: 11 }],
      memo: `memo ${i}`,
    }));
    const code = makeCode(project.id, 'Trust');
    const annotation = makeAnnotation(project.id, docs[0]!.id, [code.id]);

    const v1 = new Dexie('v1-db', idb);
    v1.version(1).stores(RELEASED_V1);
    await v1.open();
    await v1.table('projects').put(project);
    await v1.table('coders').put(coder);
    await v1.table('documents').bulkPut(docs);
    await v1.table('codes').put(code);
    await v1.table('annotations').put(annotation);
    await v1.table('settings').put({ key: 'currentProjectId', value: project.id });
    v1.close();

    const db = atVersion2(idb, 'v1-db');
    await db.open();
    expect(db.verno).toBe(2);

    const metas = await db.documents.toArray();
    expect(metas).toHaveLength(docs.length);
    for (const doc of docs) {
      const { text, blocks, marks, ...meta } = doc;
      expect(await db.documents.get(doc.id)).toEqual(meta);
      expect(await db.documentTexts.get(doc.id)).toEqual({ id: doc.id, text, blocks, marks });
    }
    for (const meta of metas) {
      expect(meta).not.toHaveProperty('text');
      expect(meta).not.toHaveProperty('blocks');
      expect(meta).not.toHaveProperty('marks');
    }
    expect(await db.projects.get(project.id)).toEqual(project);
    expect(await db.codes.toArray()).toEqual([code]);
    expect(await db.annotations.toArray()).toEqual([annotation]);
    expect(await db.settings.get('currentProjectId')).toEqual({
      key: 'currentProjectId',
      value: project.id,
    });
    db.close();
  });

  it('upgrades an empty version 1 database', async () => {
    const idb = isolatedIdb();
    const v1 = new Dexie('empty', idb);
    v1.version(1).stores(RELEASED_V1);
    await v1.open();
    v1.close();
    const db = atVersion2(idb, 'empty');
    await db.open();
    expect(await db.documentTexts.count()).toBe(0);
    db.close();
  });
});
