import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../../../core/formats/refi-qda';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { sha256Hex } from '../../../core/text/hash';
import { createStorage, openDatabase, type Storage } from '../storage';
import { createWorkerExchange } from './exchange-runner';

/**
 * A `.qdpx` of a project whose one document has a text of its own (the tests share one profile
 * database) and `n` codings, with the text's content hash to find its rows by.
 */
async function qdpxOf(n: number): Promise<{ bytes: Uint8Array; hash: string }> {
  // Each coding its own span (the import folds equal codings into one).
  const text = `Text of a REFI-QDA test ${Date.now()} ${Math.random()}. ${'word '.repeat(n)}`;
  const hash = await sha256Hex(text);
  const { bytes } = exportQdpx({
    project: project('p'),
    coders: [{ id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' }],
    documents: [{ ...document('p', 'd', text), contentHash: hash }],
    codes: [code('p', 'c')],
    annotations: Array.from({ length: n }, (_, i) => ({
      ...annotation('p', 'd', `a${i}`, ['c']),
      start: i,
      end: i + 4,
      quote: text.slice(i, i + 4),
    })),
    purged: [],
  });
  return { bytes, hash };
}

/** How many document rows of the profile have this text. */
const documentsWith = (storage: Storage, hash: string) =>
  storage.db.projectDocuments.filter((d) => d.contentHash === hash).count();

describe('REFI-QDA import in the exchange worker', () => {
  it('previews a file without handing its records over, unless asked', async () => {
    const { bytes } = await qdpxOf(3);
    const worker = createWorkerExchange();
    const preview = await worker.previewRefi('study.qdpx', bytes);
    expect(preview.ok).toBe(true);
    expect(preview.lines.length).toBeGreaterThan(0);
    expect('snapshot' in preview).toBe(false);
    const withRecords = await worker.previewRefi('study.qdpx', bytes, { withSnapshot: true });
    expect(withRecords.ok && withRecords.snapshot?.annotations).toHaveLength(3);
    const broken = await worker.previewRefi('broken.qdpx', new Uint8Array([1, 2, 3]));
    expect(broken.ok).toBe(false);
  });

  it('writes the file as a new project into the profile database itself, whole', async () => {
    const storage = createStorage(openDatabase());
    const { bytes, hash } = await qdpxOf(3000);
    const done: number[] = [];
    const landed = await createWorkerExchange().importRefi('study.qdpx', bytes, storage, {
      onProgress: (n) => done.push(n),
    });
    expect(landed.live).toEqual({ documents: 1, codes: 1, annotations: 3000 });
    expect(done.at(-1)).toBe(3002);
    expect((await storage.listProjects()).map((p) => p.id)).toContain(landed.project.id);
    expect(await documentsWith(storage, hash)).toBe(1);
    expect((await storage.listRecords(landed.project.id, 'annotation')).length).toBe(3000);
    storage.close();
  });

  it('cancelled midway, answers at once and leaves nothing behind', async () => {
    const storage = createStorage(openDatabase());
    const { bytes, hash } = await qdpxOf(3000);
    const projectsBefore = (await storage.listProjects()).length;
    const controller = new AbortController();
    const progress: number[] = [];
    const job = createWorkerExchange().importRefi('study.qdpx', bytes, storage, {
      signal: controller.signal,
      onProgress: (n) => {
        progress.push(n);
        controller.abort(); // the document is written, the codings not yet
      },
    });
    await expect(job).rejects.toThrow();
    expect(progress).toEqual([1]);
    // The worker stops at its next chunk and erases what it wrote: the document's rows too.
    await expect.poll(() => documentsWith(storage, hash), { timeout: 10_000 }).toBe(0);
    const markers = await storage.db.settings.where('key').startsWith('stagedImport:').toArray();
    for (const marker of markers) {
      const id = marker.key.slice('stagedImport:'.length);
      await expect
        .poll(() => storage.db.projectDocuments.where('projectId').equals(id).count())
        .toBe(0);
    }
    expect((await storage.listProjects()).length).toBe(projectsBefore);
    storage.close();
  });
});
