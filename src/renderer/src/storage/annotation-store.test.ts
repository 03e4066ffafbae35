import { describe, expect, it } from 'vitest';
import {
  addRecords,
  freshStorage,
  makeAnnotation,
  makeDocument,
  makeProject,
} from './test-fixtures';

describe('annotation store', () => {
  it('lists a document’s annotations, tombstones included, within its project only', async () => {
    const storage = freshStorage();
    const live = makeAnnotation('p', 'd1', ['c1']);
    const gone = { ...makeAnnotation('p', 'd1', ['c1']), deleted: true };
    await storage.putAnnotations([live, gone, makeAnnotation('p', 'd2', ['c1'])]);
    // A copy of the same document id in another project stays apart.
    await storage.putAnnotations([{ ...live, projectId: 'q' }]);
    const listed = await storage.listAnnotations('p', 'd1');
    expect(listed.map((a) => a.id).sort()).toEqual([live.id, gone.id].sort());
    expect((await storage.listAnnotations('q', 'd1')).map((a) => a.projectId)).toEqual(['q']);
  });

  it('finds the annotations carrying a code through the index, in one project', async () => {
    const storage = freshStorage();
    const a = makeAnnotation('p', 'd1', ['c1', 'c2']);
    const b = makeAnnotation('p', 'd1', ['c2']);
    await storage.putAnnotations([a, b, makeAnnotation('q', 'd1', ['c1'])]);
    expect((await storage.annotationsWithCode('p', 'c1')).map((x) => x.id)).toEqual([a.id]);
    expect((await storage.annotationsWithCode('p', 'c2')).length).toBe(2);
  });

  it('counts live annotations by document and by code, leaving tombstones and trashed documents out', async () => {
    const storage = freshStorage();
    const project = makeProject('p');
    const d1 = makeDocument('p', 'one');
    const d2 = { ...makeDocument('p', 'two'), deleted: true };
    await addRecords(storage, 'p', [project, d1, d2]);
    await storage.putAnnotations([
      makeAnnotation('p', d1.id, ['c1', 'c2']),
      makeAnnotation('p', d1.id, ['c1']),
      { ...makeAnnotation('p', d1.id, ['c1', 'c3']), deleted: true },
      makeAnnotation('p', d2.id, ['c1']),
      makeAnnotation('other', 'dx', ['c1']),
    ]);
    expect(await storage.countAnnotationsByDocument('p')).toEqual(
      new Map([
        [d1.id, 2],
        [d2.id, 1],
      ]),
    );
    expect(await storage.countAnnotationsByCode('p')).toEqual(
      new Map([
        ['c1', 2],
        ['c2', 1],
      ]),
    );
  });
});
