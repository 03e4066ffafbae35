import { describe, expect, it } from 'vitest';
import { freshStorage, makeAnnotation, makeDocument } from './test-fixtures';

describe('annotation store', () => {
  it('lists a document’s annotations, tombstones included', async () => {
    const storage = freshStorage();
    const live = makeAnnotation('p', 'd1', ['c1']);
    const gone = { ...makeAnnotation('p', 'd1', ['c1']), deleted: true };
    await storage.putAnnotations([live, gone, makeAnnotation('p', 'd2', ['c1'])]);
    const listed = await storage.listAnnotations('d1');
    expect(listed.map((a) => a.id).sort()).toEqual([live.id, gone.id].sort());
  });

  it('counts live annotations by document and by code, leaving tombstones and trashed documents out', async () => {
    const storage = freshStorage();
    const d1 = makeDocument('p', 'one');
    const d2 = { ...makeDocument('p', 'two'), deleted: true };
    await storage.putDocumentMeta(d1);
    await storage.putDocumentMeta(d2);
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
