import { describe, expect, it } from 'vitest';
import { snapshotChangeSet } from '../../../../core/changes/snapshot-change-set';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../../core/repository/test-support/records';
import { createStorage, openDatabase } from '../../storage';
import { createWorkerExchange, inThreadExchange } from '../../platform/exchange-runner';
import { exchangeSnapshot } from '../../platform/exchange-work';
import { packedAnnotationsOf } from '../../platform/packed-annotations';
import { RECORDS_PER_MESSAGE, type MergeWorkerReply } from './compute-merge';
import { inThreadMerge, workerMerge } from './merge-runner';

/** A stored project of the profile database, under a fresh id. */
async function stored() {
  const storage = createStorage(openDatabase());
  const id = `p-${Date.now()}-${Math.random()}`;
  const local = {
    project: project(id),
    coders: [{ id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' }],
    documents: [{ ...document(id, 'd', 'Text of d.'), contentHash: 'ab'.repeat(32) }],
    codes: [code(id, 'c')],
    annotations: [annotation(id, 'd', 'a', ['c'])],
    purged: [],
  };
  await storage.apply(
    snapshotChangeSet(
      local,
      { source: 'import', label: 'set up' },
      {
        coderId: CODER,
        now: '2026-01-01T00:00:00.000Z',
      },
    ),
  );
  const incoming = {
    ...local,
    annotations: [...local.annotations, annotation(id, 'd', 'b', ['c'])],
  };
  return { storage, job: { projectId: id, incoming, codeMapping: {} } };
}

describe('computing a merge in a Web Worker', () => {
  it('reads the project from the profile database itself and gives what the calling thread gives', async () => {
    const { storage, job } = await stored();
    const fromWorker = await workerMerge(job, storage);
    expect(fromWorker.report.counts.annotation.new).toBe(1);
    expect(fromWorker).toEqual(await inThreadMerge(job, storage));
  });

  it('posts a large result in parts, none over RECORDS_PER_MESSAGE record changes, that add up to it', async () => {
    const { storage, job } = await stored();
    const many = Array.from({ length: 2 * RECORDS_PER_MESSAGE + 500 }, (_, i) =>
      annotation(job.projectId, 'd', `n${i}`, ['c']),
    );
    const big = { ...job, incoming: { ...job.incoming, annotations: many } };
    // Each message the merge worker posts, as the UI thread receives (deserialises) it.
    const sizes: number[] = [];
    const Original = globalThis.Worker;
    globalThis.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        this.addEventListener('message', (e: MessageEvent<MergeWorkerReply>) =>
          sizes.push(e.data.records?.length ?? e.data.result?.changes.records.length ?? 0),
        );
      }
    };
    try {
      const fromWorker = await workerMerge(big, storage);
      expect(fromWorker.report.counts.annotation.new).toBe(many.length);
      expect(fromWorker).toEqual(await inThreadMerge(big, storage));
    } finally {
      globalThis.Worker = Original;
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(many.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(RECORDS_PER_MESSAGE);
  });

  it('stops when cancelled', async () => {
    const { storage, job } = await stored();
    const controller = new AbortController();
    const running = workerMerge(job, storage, controller.signal);
    controller.abort();
    await expect(running).rejects.toThrow();
  });

  it("takes a teammate's file from the exchange worker with its annotations still packed, never unpacked on this thread", async () => {
    const { storage, job } = await stored();
    const text = await inThreadExchange.writeExchange({
      snapshot: job.incoming,
      exportedBy: { coderId: CODER, name: 'Ada' },
      options: { includeTexts: false },
      now: '2026-02-01T00:00:00.000Z',
    });
    const read = await createWorkerExchange().readExchange('ada.json', text);
    if (!read.ok) throw new Error('the file did not read');
    const incoming = exchangeSnapshot(read.data);
    expect(packedAnnotationsOf(incoming)?.count).toBe(2);
    const fromWorker = await workerMerge({ ...job, incoming }, storage);
    // Still packed here after the merge worker got them (and the preview can run again).
    expect(packedAnnotationsOf(incoming)?.count).toBe(2);
    expect(fromWorker.report.counts.annotation.new).toBe(1);
    expect(fromWorker).toEqual(await inThreadMerge(job, storage));
    expect(incoming.annotations.map((a) => a.id)).toEqual(['a', 'b']);
    expect(packedAnnotationsOf(incoming)).toBeUndefined();
  });
});
