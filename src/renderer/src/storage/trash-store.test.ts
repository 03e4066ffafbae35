import { describe, expect, it } from 'vitest';
import {
  coder,
  freshStorage,
  makeAnnotation,
  makeCode,
  makeParsed,
  makeProject,
  T0,
  T1,
} from './test-fixtures';

async function seeded() {
  const storage = freshStorage();
  await storage.putProject(makeProject('p'));
  const [d1, d2] = await storage.addDocuments(
    'p',
    [makeParsed('one'), makeParsed('two')],
    coder.id,
    T0,
  );
  const parent = makeCode('p', 'Parent');
  const child = makeCode('p', 'Child', undefined, parent.id);
  await storage.putCodes([parent, child]);
  const a1 = makeAnnotation('p', d1!.id, [parent.id, child.id]);
  const a2 = makeAnnotation('p', d2!.id, [child.id]);
  await storage.putAnnotations([a1, a2]);
  return { storage, d1: d1!, d2: d2!, parent, child, a1, a2 };
}

describe('trash store', () => {
  it('lists the tombstoned documents, codes and annotations of a project', async () => {
    const { storage, d1, child, a2 } = await seeded();
    await storage.putDocumentMeta({ ...d1, deleted: true });
    await storage.putCodes([{ ...child, deleted: true }]);
    await storage.putAnnotations([{ ...a2, deleted: true }]);
    await storage.putCodes([{ ...makeCode('elsewhere', 'X'), deleted: true }]);
    const trash = await storage.listTrash('p');
    expect(trash.documents.map((d) => d.id)).toEqual([d1.id]);
    expect(trash.documents[0]).not.toHaveProperty('text');
    expect(trash.codes.map((c) => c.id)).toEqual([child.id]);
    expect(trash.annotations.map((a) => a.id)).toEqual([a2.id]);
  });

  it('restores a tombstoned record, stamped by the restoring coder', async () => {
    const { storage, child } = await seeded();
    await storage.putCodes([{ ...child, deleted: true }]);
    expect(await storage.restore('codes', child.id, 'coder-2', T1)).toBe(true);
    expect((await storage.listCodes('p')).find((c) => c.id === child.id)).toEqual({
      ...child,
      deleted: false,
      updatedBy: 'coder-2',
      updatedAt: T1,
    });
    expect((await storage.listTrash('p')).codes).toEqual([]);
    expect(await storage.restore('codes', child.id, 'coder-2', T1)).toBe(false);
    expect(await storage.restore('documents', 'missing', 'coder-2', T1)).toBe(false);
  });

  it('restores a deleted project', async () => {
    const { storage } = await seeded();
    await storage.deleteProject('p', coder.id, T1);
    expect(await storage.restore('projects', 'p', coder.id, T1)).toBe(true);
    expect((await storage.getProject('p'))?.deleted).toBe(false);
  });

  it('purges only what is in the trash', async () => {
    const { storage, a1 } = await seeded();
    expect(await storage.purge('annotations', a1.id)).toBe(false);
    expect(await storage.listAnnotations(a1.documentId)).toEqual([a1]);
    await storage.putAnnotations([{ ...a1, deleted: true }]);
    expect(await storage.purge('annotations', a1.id)).toBe(true);
    expect(await storage.listAnnotations(a1.documentId)).toEqual([]);
  });

  it('purging a document also purges its body and annotations', async () => {
    const { storage, d1, d2, a2 } = await seeded();
    await storage.putDocumentMeta({ ...d1, deleted: true });
    expect(await storage.purge('documents', d1.id)).toBe(true);
    expect(await storage.getDocumentBody(d1.id)).toBeUndefined();
    expect((await storage.listDocuments('p')).map((d) => d.id)).toEqual([d2.id]);
    expect(await storage.listAnnotations(d1.id)).toEqual([]);
    expect(await storage.listAnnotations(d2.id)).toEqual([a2]);
  });

  it('purging a code leaves nothing pointing at it', async () => {
    const { storage, parent, child, a1, a2 } = await seeded();
    await storage.putCodes([{ ...parent, deleted: true }]);
    expect(await storage.purge('codes', parent.id)).toBe(true);
    expect(await storage.listCodes('p')).toEqual([{ ...child, parentId: null }]);
    expect(await storage.listAnnotations(a1.documentId)).toEqual([{ ...a1, codeIds: [child.id] }]);
    expect(await storage.listAnnotations(a2.documentId)).toEqual([a2]);
  });

  it('purging a project removes everything in it and nothing else', async () => {
    const { storage } = await seeded();
    await storage.putProject(makeProject('q'));
    const [other] = await storage.addDocuments('q', [makeParsed('kept')], coder.id, T0);
    await storage.deleteProject('p', coder.id, T1);
    expect(await storage.purge('projects', 'p')).toBe(true);
    expect((await storage.listProjects()).map((p) => p.id)).toEqual(['q']);
    expect(await storage.db.documents.toArray()).toEqual([
      expect.objectContaining({ id: other!.id }),
    ]);
    expect(await storage.db.documentTexts.count()).toBe(1);
    expect(await storage.db.codes.count()).toBe(0);
    expect(await storage.db.annotations.count()).toBe(0);
  });
});
