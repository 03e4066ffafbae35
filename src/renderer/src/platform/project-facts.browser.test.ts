import { describe, expect, it } from 'vitest';
import { snapshotChangeSet } from '../../../core/changes/snapshot-change-set';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { createStorage, openDatabase } from '../storage';
import { createWorkerExchange, inThreadExchange } from './exchange-runner';

/**
 * A project with two documents (one in the trash), two codes, and annotations live, deleted,
 * with two codes, and on the trashed document.
 */
function studyOf(id: string) {
  const annotations = [
    annotation(id, 'd1', 'a1', ['c1']),
    annotation(id, 'd1', 'a2', ['c1', 'c2']),
    { ...annotation(id, 'd1', 'a3', ['c2']), deleted: true },
    { ...annotation(id, 'd2', 'a4', ['c2']), createdBy: 'coder-bo', updatedBy: 'coder-bo' },
  ];
  return {
    project: project(id),
    coders: [
      { id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'coder-bo', name: 'Bo', createdAt: '2026-01-01T00:00:00.000Z' },
    ],
    documents: [document(id, 'd1'), { ...document(id, 'd2'), deleted: true }],
    codes: [code(id, 'c1'), code(id, 'c2')],
    annotations,
    purged: [],
  };
}

describe("a project's annotation counts read by the exchange worker", () => {
  it('counts as the calling thread counts, from the database itself', async () => {
    const storage = createStorage(openDatabase());
    const id = `facts-${Date.now()}`;
    const study = studyOf(id);
    for (const coder of study.coders) await storage.putCoder(coder);
    await storage.apply(
      snapshotChangeSet(study, { source: 'import', label: 'set up' }, { coderId: CODER, now: 'n' }),
    );
    const worker = createWorkerExchange();
    const counts = await worker.countAnnotations(id, storage);
    expect(counts).toEqual(await inThreadExchange.countAnnotations(id, storage));
    // Live only; per code only on documents not in the trash.
    expect(counts).toEqual({ byDocument: { d1: 2, d2: 1 }, byCode: { c1: 2, c2: 1 } });
    storage.close();
  });
});
