import { describe, expect, it } from 'vitest';
import {
  addRecords,
  freshStorage,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
} from './test-fixtures';

describe('trash store', () => {
  it('lists the tombstoned documents, codes and annotations of one project', async () => {
    const storage = freshStorage();
    const doc = { ...makeDocument('p', 'gone.md'), deleted: true };
    const kept = makeDocument('p', 'kept.md');
    const code = { ...makeCode('p', 'Old'), deleted: true };
    const annotation = { ...makeAnnotation('p', kept.id, [code.id]), deleted: true };
    await addRecords(storage, 'p', [makeProject('p'), doc, kept, code, annotation]);
    await addRecords(storage, 'q', [
      makeProject('q'),
      { ...makeCode('q', 'Other'), deleted: true },
    ]);
    const trash = await storage.listTrash('p');
    expect(trash.documents.map((d) => d.id)).toEqual([doc.id]);
    expect(trash.codes.map((c) => c.id)).toEqual([code.id]);
    expect(trash.annotations.map((a) => a.id)).toEqual([annotation.id]);
  });
});
