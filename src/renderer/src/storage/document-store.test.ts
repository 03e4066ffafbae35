import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../core/model/types';
import { coder, freshStorage, makeParsed, T0, T1 } from './test-fixtures';

describe('document store', () => {
  it('adds parsed documents as stamped records and reads them back whole or as metadata', async () => {
    const storage = freshStorage();
    const parsed = [makeParsed('one.md', 'First text'), makeParsed('two.txt', 'Second text')];
    const created = await storage.addDocuments('p-1', parsed, coder.id, T0);
    expect(created).toHaveLength(2);
    expect(created[0]).toMatchObject({
      ...parsed[0],
      projectId: 'p-1',
      importedAt: T0,
      memo: '',
      createdBy: coder.id,
      updatedAt: T0,
      deleted: false,
    });
    expect(new Set(created.map((d) => d.id)).size).toBe(2);

    const listed = await storage.listDocuments('p-1');
    expect(listed.map((d) => d.name)).toEqual(['one.md', 'two.txt']);
    for (const meta of listed) expect(meta).not.toHaveProperty('text');
    expect(await storage.listDocuments('p-other')).toEqual([]);

    const doc = created[1]!;
    expect(await storage.getDocument(doc.id)).toEqual(doc);
    expect(await storage.getDocumentBody(doc.id)).toEqual({
      id: doc.id,
      text: doc.text,
      blocks: doc.blocks,
      marks: doc.marks,
    });
    expect(await storage.getDocument('missing')).toBeUndefined();
  });

  it('writes in chunks inside one transaction and reports progress', async () => {
    const storage = freshStorage();
    const parsed = Array.from({ length: 7 }, (_, i) => makeParsed(`d${i}.txt`, `text ${i}`));
    const progress: [number, number][] = [];
    await storage.addDocuments('p-1', parsed, coder.id, T0, {
      chunkSize: 3,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
    expect(await storage.db.documentTexts.count()).toBe(7);
  });

  it('adds all or nothing: a failure in a later chunk leaves no document behind', async () => {
    const storage = freshStorage();
    await storage.addDocuments('p-1', [makeParsed('kept.md')], coder.id, T0);
    const unclonable = { ...makeParsed('bad.md'), blocks: [() => 0] } as unknown as ParsedDocument;
    const batch = [...Array.from({ length: 5 }, (_, i) => makeParsed(`ok${i}.md`)), unclonable];
    await expect(
      storage.addDocuments('p-1', batch, coder.id, T0, { chunkSize: 2 }),
    ).rejects.toThrow();
    expect((await storage.listDocuments('p-1')).map((d) => d.name)).toEqual(['kept.md']);
    expect(await storage.db.documentTexts.count()).toBe(1);
  });

  it('cancels through an abort signal and leaves nothing behind', async () => {
    const storage = freshStorage();
    const controller = new AbortController();
    const batch = Array.from({ length: 6 }, (_, i) => makeParsed(`d${i}.md`));
    const run = storage.addDocuments('p-1', batch, coder.id, T0, {
      chunkSize: 2,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(await storage.db.documents.count()).toBe(0);
    expect(await storage.db.documentTexts.count()).toBe(0);
  });

  it('finds documents of a project by content hash', async () => {
    const storage = freshStorage();
    const [a] = await storage.addDocuments(
      'p-1',
      [makeParsed('a', 'alpha'), makeParsed('b', 'beta')],
      coder.id,
      T0,
    );
    await storage.addDocuments('p-2', [makeParsed('a elsewhere', 'alpha')], coder.id, T0);
    const found = await storage.findByHash('p-1', ['hash-of-alpha', 'hash-of-gamma']);
    expect(found.map((d) => d.id)).toEqual([a!.id]);
    expect(found[0]).not.toHaveProperty('text');
    expect(await storage.findByHash('p-1', [])).toEqual([]);
  });

  it('rewrites metadata only, never putting a body back into the documents table', async () => {
    const storage = freshStorage();
    const [doc] = await storage.addDocuments(
      'p-1',
      [makeParsed('old.md', 'the body')],
      coder.id,
      T0,
    );
    await storage.putDocumentMeta({
      ...doc!,
      name: 'new.md',
      memo: 'why',
      updatedAt: T1,
      text: 'IGNORED',
    });
    const stored = await storage.db.documents.get(doc!.id);
    expect(stored).toMatchObject({ name: 'new.md', memo: 'why', updatedAt: T1 });
    expect(stored).not.toHaveProperty('text');
    expect((await storage.getDocument(doc!.id))?.text).toBe('the body');
  });
});
