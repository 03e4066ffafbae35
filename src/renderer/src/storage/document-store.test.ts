import { describe, expect, it } from 'vitest';
import { addRecords, freshStorage, makeDocument, makeProject } from './test-fixtures';

describe('document store', () => {
  it('lists metadata without bodies and reads a whole document by project and id', async () => {
    const storage = freshStorage();
    const p = makeProject('p-1');
    const one = makeDocument(p.id, 'one.md');
    const two = makeDocument(p.id, 'two.txt');
    await addRecords(storage, p.id, [p, one, two]);
    const listed = await storage.listDocuments('p-1');
    expect(listed.map((d) => d.name).sort()).toEqual(['one.md', 'two.txt']);
    for (const meta of listed) expect(meta).not.toHaveProperty('text');
    expect(await storage.listDocuments('p-other')).toEqual([]);
    const whole = await storage.getDocument(p.id, two.id);
    expect(whole?.text).toBe(two.text);
    expect(whole?.rev).toMatch(/^1-/);
    expect(await storage.getDocument('p-other', two.id)).toBeUndefined();
    expect((await storage.getDocumentBody(p.id, one.id))?.text).toBe(one.text);
  });

  it('finds documents of a project by content hash', async () => {
    const storage = freshStorage();
    const p = makeProject('p-1');
    const q = makeProject('p-2');
    const a = { ...makeDocument(p.id, 'a'), contentHash: 'alpha' };
    await addRecords(storage, p.id, [p, a, { ...makeDocument(p.id, 'b'), contentHash: 'beta' }]);
    await addRecords(storage, q.id, [q, { ...makeDocument(q.id, 'a'), contentHash: 'alpha' }]);
    const found = await storage.findByHash('p-1', ['alpha', 'gamma']);
    expect(found.map((d) => d.id)).toEqual([a.id]);
    expect(found[0]).not.toHaveProperty('text');
    expect(await storage.findByHash('p-1', [])).toEqual([]);
  });

  it('writes a large change set in chunks with progress, and a cancelled one leaves nothing', async () => {
    const storage = freshStorage();
    const p = makeProject('p-1');
    await addRecords(storage, p.id, [p]);
    const { buildChangeSet } = await import('../../../core/changes/build-change-set');
    const docs = Array.from({ length: 7 }, (_, i) => makeDocument(p.id, `d${i}.txt`));
    const set = buildChangeSet(
      { projectId: p.id, source: 'import', label: 'import' },
      { coderId: 'c', now: '2026-01-01T00:00:00.000Z' },
      docs.map((after) => ({ kind: 'document' as const, before: null, after })),
    );
    const controller = new AbortController();
    const progress: number[] = [];
    await expect(
      storage.apply(set, {
        chunkSize: 3,
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          controller.abort();
        },
      }),
    ).rejects.toThrow(/abort/i);
    expect(await storage.listDocuments(p.id)).toEqual([]);
    expect(await storage.db.projectTexts.count()).toBe(0);
    const seen: number[] = [];
    await storage.apply(set, { onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(7);
    expect(await storage.listDocuments(p.id)).toHaveLength(7);
  });
});
