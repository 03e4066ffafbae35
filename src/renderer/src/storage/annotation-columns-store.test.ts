import { describe, expect, it } from 'vitest';
import { columnsFromAnnotations, columnsQuery } from '../../../core/index/annotation-columns';
import { buildChangeSet } from '../../../core/changes/build-change-set';
import type { Annotation } from '../../../core/model/types';
import { createStorage } from './storage';
import {
  addRecords,
  coder,
  freshStorage,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
  rowCountingDatabase,
  T1,
} from './test-fixtures';

/** The snapshot's rows as `start:end:id:codes`, sorted, for comparing with records. */
function rowsOf(columns: Parameters<typeof columnsQuery>[0] | undefined): string[] {
  if (!columns) return [];
  return columnsQuery(columns)(0, 1e9)
    .map((a) => `${a.start}:${a.end}:${a.id}:${a.codeIds.join(',')}`)
    .sort();
}

function rowsOfRecords(annotations: readonly Annotation[]): string[] {
  return annotations
    .filter((a) => !a.deleted)
    .map((a) => `${a.start}:${a.end}:${a.id}:${a.codeIds.join(',')}`)
    .sort();
}

/** A fresh database telling `onRequest` the snapshot rows each request read or wrote. */
function countingDatabase(onRequest: (rows: number, write: boolean) => void) {
  return rowCountingDatabase('annotationColumns', onRequest);
}

describe('annotation columns store (schema version 6)', () => {
  it('keeps each document’s snapshot in step with the change sets applied', async () => {
    const storage = freshStorage();
    const project = makeProject('p');
    const doc = makeDocument('p', 'one');
    const a = { ...makeAnnotation('p', doc.id, ['c1']), start: 10, end: 20 };
    const b = { ...makeAnnotation('p', doc.id, ['c1', 'c2']), start: 2, end: 40 };
    // The document is created in the same change set: its snapshot starts there.
    await addRecords(storage, 'p', [project, doc, a, b]);
    expect(rowsOf(await storage.getAnnotationColumns('p', doc.id))).toEqual(rowsOfRecords([a, b]));

    // An edit, a delete (tombstone) and a new annotation in one change set.
    const [storedA, storedB] = (await storage.getRecords('p', 'annotation', [a.id, b.id])) as [
      Annotation,
      Annotation,
    ];
    const moved = { ...storedA, start: 30, end: 35 };
    const gone = { ...storedB, deleted: true };
    const c = { ...makeAnnotation('p', doc.id, ['c2']), start: 0, end: 5 };
    await storage.apply(
      buildChangeSet(
        { projectId: 'p', source: 'user', label: 'edit' },
        { coderId: coder.id, now: T1 },
        [
          { kind: 'annotation', before: storedA, after: moved },
          { kind: 'annotation', before: storedB, after: gone },
          { kind: 'annotation', before: null, after: c },
        ],
      ),
    );
    expect(rowsOf(await storage.getAnnotationColumns('p', doc.id))).toEqual(
      rowsOfRecords(await storage.listAnnotations('p', doc.id)),
    );
    expect(rowsOf(await storage.getAnnotationColumns('p', doc.id))).toHaveLength(2);
  });

  it('leaves a document without a snapshot to its next open, and drops it after a write past change sets', async () => {
    const storage = freshStorage();
    const project = makeProject('p');
    const doc = makeDocument('p', 'one');
    await addRecords(storage, 'p', [project, doc]);
    expect(rowsOf(await storage.getAnnotationColumns('p', doc.id))).toEqual([]);
    await storage.putAnnotations([makeAnnotation('p', doc.id, ['c1'])]);
    expect(await storage.getAnnotationColumns('p', doc.id)).toBeUndefined();
    // No snapshot to patch: a later change set does not invent one from its own records only.
    await addRecords(storage, 'p', [makeAnnotation('p', doc.id, ['c1'])]);
    expect(await storage.getAnnotationColumns('p', doc.id)).toBeUndefined();
    const all = await storage.listAnnotations('p', doc.id);
    const { columnsFromAnnotations } = await import('../../../core/index/annotation-columns');
    await storage.putAnnotationColumns('p', doc.id, columnsFromAnnotations(all));
    expect(rowsOf(await storage.getAnnotationColumns('p', doc.id))).toEqual(rowsOfRecords(all));
  });

  it('writes a snapshot per document with a whole project, and erasing the project removes them', async () => {
    const storage = freshStorage();
    const project = makeProject('p');
    const one = makeDocument('p', 'one');
    const two = makeDocument('p', 'two');
    const code = makeCode('p', 'Theme');
    const annotations = [
      makeAnnotation('p', one.id, [code.id]),
      { ...makeAnnotation('p', two.id, [code.id]), start: 1, end: 2 },
      { ...makeAnnotation('p', two.id, [code.id]), deleted: true },
    ];
    await storage.writeSnapshot({
      project,
      documents: [one, two],
      codes: [code],
      annotations,
      purged: [],
      coders: [coder],
    });
    expect(rowsOf(await storage.getAnnotationColumns('p', one.id))).toEqual(
      rowsOfRecords(annotations.slice(0, 1)),
    );
    expect(rowsOf(await storage.getAnnotationColumns('p', two.id))).toEqual(
      rowsOfRecords(annotations.slice(1)),
    );
    await storage.apply(
      buildChangeSet(
        { projectId: 'p', source: 'user', label: 'erase' },
        { coderId: coder.id, now: T1 },
        [{ kind: 'project', before: project, after: null }],
      ),
    );
    expect(await storage.getAnnotationColumns('p', one.id)).toBeUndefined();
  });

  it('reads a document’s snapshot row once per edit, however many steps the patch takes', async () => {
    // Every snapshot row a request hands back (each one is deserialized on the main thread).
    let rowsRead = 0;
    const db = countingDatabase((rows, write) => {
      if (!write) rowsRead += rows;
    });
    const storage = createStorage(db);
    const doc = makeDocument('p', 'long');
    await addRecords(storage, 'p', [makeProject('p'), doc]);
    // More rows than three of the patch's steps (10,000 rows each): the patch pauses between.
    const many = Array.from({ length: 25_000 }, (_, i) => ({
      ...makeAnnotation('p', doc.id, ['c1'], `a${i}`),
      start: i,
      end: i + 5,
    }));
    await storage.putAnnotationColumns('p', doc.id, columnsFromAnnotations(many));
    const added = { ...makeAnnotation('p', doc.id, ['c2'], 'new'), start: 7, end: 9 };
    rowsRead = 0;
    await addRecords(storage, 'p', [added]);
    expect(rowsRead).toBe(1);
    rowsRead = 0;
    const columns = await storage.getAnnotationColumns('p', doc.id);
    expect(columns?.ids).toHaveLength(25_001);
    expect(rowsOf(columns).filter((r) => r.endsWith(':new:c2'))).toEqual(['7:9:new:c2']);
  });

  it('patches the snapshots of many documents one row per request', async () => {
    const sizes: number[] = [];
    const storage = createStorage(countingDatabase((rows) => sizes.push(rows)));
    const docs = Array.from({ length: 4 }, (_, i) => makeDocument('p', `d${i}`));
    await addRecords(storage, 'p', [makeProject('p'), ...docs]);
    const first = docs.map((d) => makeAnnotation('p', d.id, ['c1']));
    await addRecords(storage, 'p', first);
    sizes.length = 0;
    // One change set adding an annotation to every document (as a merge does).
    const second = docs.map((d) => ({ ...makeAnnotation('p', d.id, ['c2']), start: 3, end: 6 }));
    await addRecords(storage, 'p', second);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBe(1);
    for (const [i, d] of docs.entries())
      expect(rowsOf(await storage.getAnnotationColumns('p', d.id))).toEqual(
        rowsOfRecords([first[i]!, second[i]!]),
      );
  });
});
