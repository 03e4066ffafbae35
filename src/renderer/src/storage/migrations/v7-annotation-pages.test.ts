import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../core/model/types';
import { openDatabase } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { createStorage } from '../storage';
import { isolatedIdb, makeAnnotation, makeCode, makeDocument, makeProject } from '../test-fixtures';
import { schemaV6 } from './v6-annotation-columns';
import { moveAnnotationsToPages, schemaV7 } from './v7-annotation-pages';
import { packAnnotationPages } from '../annotation-pages';
import type { AnnotationPageRow } from '../rows';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('migration to version 7: annotations in rows', () => {
  it('opens a version 6 database with every annotation of several projects and documents', async () => {
    const idb = isolatedIdb();
    const projects = [makeProject(undefined, 'One'), makeProject(undefined, 'Two')];
    const codes = projects.map((p) => makeCode(p.id, `Code of ${p.name}`));
    const docs = projects.flatMap((p) => [
      makeDocument(p.id, 'a.txt'),
      makeDocument(p.id, 'b.txt'),
    ]);
    // More than one row's worth in one document, a tombstone, and the same id in two projects.
    const annotations: Annotation[] = docs.flatMap((d, i) =>
      Array.from({ length: i === 0 ? 2500 : 7 }, (_, j) =>
        makeAnnotation(d.projectId, d.id, j % 2 ? [codes[i < 2 ? 0 : 1]!.id] : [], `${i}-${j}`),
      ),
    );
    annotations[3] = { ...annotations[3]!, deleted: true };
    const shared = makeAnnotation(projects[1]!.id, docs[2]!.id, [], '0-0');
    annotations.push(shared);
    const v6 = new Dexie('v6-db', idb);
    v6.version(6).stores(schemaV6.stores);
    await v6.open();
    await v6.table('projects').bulkPut(projects);
    await v6.table('projectCodes').bulkPut(codes);
    await v6.table('projectAnnotations').bulkPut(annotations);
    v6.close();

    const db = openDatabase({ ...idb, name: 'v6-db' });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('projectAnnotations');
    const storage = createStorage(db);
    for (const project of projects) {
      const mine = annotations.filter((a) => a.projectId === project.id);
      expect([...(await storage.listRecords(project.id, 'annotation'))].sort(byId)).toEqual(
        [...mine].sort(byId),
      );
    }
    for (const doc of docs) {
      const mine = annotations.filter((a) => a.documentId === doc.id).sort(byId);
      expect(await storage.listAnnotations(doc.projectId, doc.id)).toEqual(mine);
      expect(await storage.countAnnotationRecords(doc.projectId, doc.id)).toBe(mine.length);
    }
    expect(await storage.getRecords(projects[1]!.id, 'annotation', ['0-0'])).toEqual([shared]);
    expect((await storage.annotationsWithCode(projects[0]!.id, codes[0]!.id)).length).toBe(
      annotations.filter((a) => a.codeIds.includes(codes[0]!.id)).length,
    );
    // The large document's annotations sit in several rows, none over the row limit.
    const rows = await db.annotationPages.toArray();
    expect(rows.filter((r) => r.documentId === docs[0]!.id).length).toBeGreaterThan(1);
    db.close();
  });

  it('moves annotations in steps into exactly the rows a whole-project read would make', async () => {
    const idb = isolatedIdb();
    const projects = [makeProject(undefined, 'One'), makeProject(undefined, 'Two')];
    const docs = projects.flatMap((p) => [
      makeDocument(p.id, 'a.txt'),
      makeDocument(p.id, 'b.txt'),
      makeDocument(p.id, 'c.txt'),
    ]);
    // Ids interleave across documents, so every step fills several documents' rows at once, and
    // one document gets exactly two rows' worth (a row boundary on the last annotation).
    const sizes = [1203, 500, 17, 250, 3, 0];
    const annotations: Annotation[] = docs.flatMap((d, i) =>
      Array.from({ length: sizes[i]! }, (_, j) =>
        makeAnnotation(d.projectId, d.id, [], `${String(j).padStart(5, '0')}-${i}`),
      ),
    );
    const v6 = new Dexie('steps', idb);
    v6.version(6).stores(schemaV6.stores);
    await v6.open();
    await v6.table('projects').bulkPut(projects);
    await v6.table('projectAnnotations').bulkPut(annotations);
    v6.close();

    const db = new Dexie('steps', idb);
    db.version(6).stores(schemaV6.stores);
    db.version(7)
      .stores(schemaV7.stores)
      .upgrade((tx) => moveAnnotationsToPages(tx, 37));
    await db.open();
    const key = (r: AnnotationPageRow) => `${r.projectId}\n${r.documentId}\n${r.firstId}`;
    const sorted = (rows: AnnotationPageRow[]) =>
      [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const expected = projects.flatMap((p) =>
      packAnnotationPages(
        p.id,
        annotations.filter((a) => a.projectId === p.id),
      ),
    );
    expect(sorted(await db.table<AnnotationPageRow>('annotationPages').toArray())).toEqual(
      sorted(expected),
    );
    db.close();
  });
});
