import { describe, expect, it } from 'vitest';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { snapshotChangeSet } from '../../../core/changes/snapshot-change-set';
import { createStorage, openDatabase } from '../storage';
import { createWorkerExchange, inThreadExchange } from './exchange-runner';

const snapshot = {
  project: project('p'),
  coders: [{ id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' }],
  documents: [{ ...document('p', 'd', 'Text of d.'), contentHash: 'ab'.repeat(32) }],
  codes: [code('p', 'c')],
  annotations: [annotation('p', 'd', 'a', ['c'])],
  purged: [],
};
const request = {
  snapshot,
  exportedBy: { coderId: CODER, name: 'Ada' },
  options: { includeTexts: false },
  now: '2026-02-01T00:00:00.000Z',
};

describe('exchange work in a Web Worker', () => {
  it('writes the same file as on the calling thread, and reads it back', async () => {
    const worker = createWorkerExchange();
    const text = await worker.writeExchange(request);
    expect(text).toBe(await inThreadExchange.writeExchange(request));
    const read = await worker.readExchange('p.json', text);
    expect(read.ok && read.data.annotations.map((a) => a.id)).toEqual(['a']);
    const broken = await worker.readExchange('broken.json', '{"format": "nope"}');
    expect(broken.ok).toBe(false);
  });

  it('stops when cancelled, and the next job still runs', async () => {
    const worker = createWorkerExchange();
    const controller = new AbortController();
    const job = worker.writeExchange(request, controller.signal);
    controller.abort();
    await expect(job).rejects.toThrow();
    expect(JSON.parse(await worker.writeExchange(request)).format).toBe('marginalia-exchange');
  });

  it('exports a stored project read by the worker from the profile database itself', async () => {
    const storage = createStorage(openDatabase());
    const project = { ...snapshot, project: { ...snapshot.project, id: `p-${Date.now()}` } };
    const stored = {
      ...project,
      documents: project.documents.map((d) => ({ ...d, projectId: project.project.id })),
      codes: project.codes.map((c) => ({ ...c, projectId: project.project.id })),
      annotations: project.annotations.map((a) => ({ ...a, projectId: project.project.id })),
    };
    await storage.apply(
      snapshotChangeSet(
        stored,
        { source: 'import', label: 'set up' },
        { coderId: CODER, now: 'n' },
      ),
    );
    const { snapshot: _snapshot, ...rest } = request;
    const fromWorker = await createWorkerExchange().exportProject(
      { ...rest, projectId: stored.project.id },
      storage,
    );
    const inThread = await inThreadExchange.exportProject(
      { ...rest, projectId: stored.project.id },
      storage,
    );
    expect(fromWorker).toBe(inThread);
    expect(JSON.parse(fromWorker).annotations).toHaveLength(1);
    storage.close();
  });
});
