import { describe, expect, it } from 'vitest';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { snapshotChangeSet } from '../../../core/changes/snapshot-change-set';
import { createStorage, openDatabase, type Storage } from '../storage';
import { createWorkerExchange, inThreadExchange } from './exchange-runner';
import { exchangeText } from './exchange-work';
import { sha256Hex } from '../../../core/text/hash';

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
    const stored = await storeProject(storage, `p-${Date.now()}`);
    const fromWorker = await createWorkerExchange().exportProject(
      { ...rest, projectId: stored.project.id },
      storage,
    );
    const inThread = await inThreadExchange.exportProject(
      { ...rest, projectId: stored.project.id },
      storage,
    );
    // The worker hands back a Blob (a handle, not 70 MB of text copied to this thread).
    expect(fromWorker).toBeInstanceOf(Blob);
    expect(await exchangeText(fromWorker)).toBe(inThread);
    expect(JSON.parse(await exchangeText(fromWorker)).annotations).toHaveLength(1);
    storage.close();
  });

  it('reports how many records of how many it has written, throttled, ending at the total', async () => {
    const storage = createStorage(openDatabase());
    const stored = await storeProject(storage, `progress-${Date.now()}`, 10_000);
    const heard: [number, number][] = [];
    const file = await createWorkerExchange().exportProject(
      { ...rest, projectId: stored.project.id },
      storage,
      undefined,
      (done, total) => heard.push([done, total]),
    );
    // 10,000 annotations, one code, one document, one coder.
    const total = 10_000 + 3;
    expect(heard[0]).toEqual([0, total]);
    expect(heard.at(-1)).toEqual([total, total]);
    // A few reports a second, not one per record.
    expect(heard.length).toBeLessThan(200);
    expect(heard.every(([done, t], i) => t === total && done >= (heard[i - 1]?.[0] ?? 0))).toBe(
      true,
    );
    const inThread = await inThreadExchange.exportProject(
      { ...rest, projectId: stored.project.id },
      storage,
    );
    expect(await exchangeText(file)).toBe(inThread);
    storage.close();
  }, 60_000);

  it('hands a backup over as the UTF-8 bytes of the same file', async () => {
    const storage = createStorage(openDatabase());
    const stored = await storeProject(storage, `backup-${Date.now()}`, 50);
    const ask = { ...rest, projectId: stored.project.id };
    const bytes = await createWorkerExchange().backupProject(ask, storage);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes)).toBe(
      await inThreadExchange.exportProject(ask, storage),
    );
    expect(await inThreadExchange.backupProject(ask, storage)).toEqual(bytes);
    storage.close();
  });

  it('writes another format in the worker, with documents written as progress', async () => {
    const storage = createStorage(openDatabase());
    const stored = await storeProject(storage, `csv-${Date.now()}`, 50);
    const ask = {
      projectId: stored.project.id,
      format: 'csv',
      fileName: 'p.csv',
      now: '2026-02-01T00:00:00.000Z',
    };
    const heard: [number, number][] = [];
    const written = await createWorkerExchange().exportFormat(ask, storage, {
      onProgress: (done, total) => heard.push([done, total]),
    });
    expect(written.data).toBeInstanceOf(Blob);
    const inThread = await inThreadExchange.exportFormat(ask, storage);
    // Compared as bytes: decoding would drop the byte order mark the CSV starts with.
    expect(new Uint8Array(await (written.data as Blob).arrayBuffer())).toEqual(
      new TextEncoder().encode(inThread.data as string),
    );
    expect(heard.at(-1)).toEqual([1, 1]);
    const stop = new AbortController();
    const stopped = createWorkerExchange().exportFormat({ ...ask, format: 'xlsx' }, storage, {
      signal: stop.signal,
    });
    stop.abort();
    await expect(stopped).rejects.toThrow();
    storage.close();
  });
});

/**
 * An exchange file (texts included) of a new project with `n` annotations. Its text is the
 * project's own: a file sharing a text with a project already in the profile is offered for
 * merging instead of imported, and the tests share one profile database.
 */
async function exchangeFileOf(projectId: string, n: number): Promise<Blob> {
  const text = `Text of d in ${projectId}.`;
  const file = await inThreadExchange.writeExchange({
    ...request,
    options: { includeTexts: true },
    snapshot: {
      ...snapshot,
      project: project(projectId),
      documents: [{ ...document(projectId, 'd', text), contentHash: await sha256Hex(text) }],
      codes: [code(projectId, 'c')],
      annotations: Array.from({ length: n }, (_, i) => annotation(projectId, 'd', `a${i}`, ['c'])),
    },
  });
  return new Blob([file], { type: 'application/json' });
}

/** The export request without its snapshot: for a stored project, with its id. */
const { snapshot: _snapshot, ...rest } = request;

/** Stores the test project under `id` (with `n` annotations), as the export reads it. */
async function storeProject(storage: Storage, id: string, n = 1) {
  const stored = {
    ...snapshot,
    project: { ...snapshot.project, id },
    documents: snapshot.documents.map((d) => ({ ...d, projectId: id })),
    codes: snapshot.codes.map((c) => ({ ...c, projectId: id })),
    annotations: Array.from({ length: n }, (_, i) => annotation(id, 'd', `a${i}`, ['c'])),
  };
  await storage.apply(
    snapshotChangeSet(stored, { source: 'import', label: 'set up' }, { coderId: CODER, now: 'n' }),
  );
  // As the workbench does for everyone whose work it keeps: exports name the coders it knows.
  for (const coder of stored.coders) await storage.putCoder(coder);
  return stored;
}

describe('matching a REFI-QDA file to a stored project in the exchange worker', () => {
  it('reads the project itself and matches as on the calling thread', async () => {
    const storage = createStorage(openDatabase());
    const stored = await storeProject(storage, `align-${Date.now()}`, 20);
    // Another tool's export: the same content under other ids.
    const incoming = {
      ...stored,
      project: project('refi-p'),
      documents: stored.documents.map((d) => ({ ...d, id: 'refi-d', projectId: 'refi-p' })),
      codes: stored.codes.map((c) => ({ ...c, id: 'refi-c', projectId: 'refi-p' })),
      annotations: stored.annotations.map((a, i) => ({
        ...a,
        id: `refi-a${i}`,
        projectId: 'refi-p',
        documentId: 'refi-d',
        codeIds: ['refi-c'],
      })),
    };
    const inWorker = await createWorkerExchange().alignToStored(
      stored.project.id,
      incoming,
      storage,
    );
    expect(inWorker).toEqual(
      await inThreadExchange.alignToStored(stored.project.id, incoming, storage),
    );
    // The document matched by its text, and every annotation is one the project has.
    expect(inWorker.report.documents.map((d) => [d.incomingId, d.localId])).toEqual([
      ['refi-d', 'd'],
    ]);
    expect(inWorker.report.annotations).toBe(20);
    storage.close();
  }, 60_000);
});

describe('importing a project in the exchange worker', () => {
  it('writes the picked file into the profile database itself, whole', async () => {
    const storage = createStorage(openDatabase());
    const id = `import-${Date.now()}`;
    const done: number[] = [];
    const result = await createWorkerExchange().importProject(
      'p.json',
      await exchangeFileOf(id, 4500),
      storage,
      { onProgress: (n) => done.push(n) },
    );
    expect(result.kind).toBe('imported');
    expect(done.at(-1)).toBe(4502);
    expect((await storage.listProjects()).map((p) => p.id)).toContain(id);
    expect(await (await storage.listRecords(id, 'annotation')).length).toBe(4500);
    storage.close();
  });

  it('cancelled midway, answers at once and leaves nothing behind', async () => {
    const storage = createStorage(openDatabase());
    const id = `cancel-${Date.now()}`;
    const controller = new AbortController();
    const job = createWorkerExchange().importProject(
      'p.json',
      await exchangeFileOf(id, 9000),
      storage,
      // Cancelled once the document and the code are in, as the annotations' chunk is written.
      { signal: controller.signal, onProgress: (n) => n >= 2 && controller.abort() },
    );
    await expect(job).rejects.toThrow();
    // The worker aborts the chunk under way and erases what it wrote.
    await expect
      .poll(async () => (await storage.listRecords(id, 'annotation')).length, {
        timeout: 10_000,
      })
      .toBe(0);
    expect((await storage.listProjects()).map((p) => p.id)).not.toContain(id);
    storage.close();
  });

  it('goes on when an export running beside it is cancelled', async () => {
    const storage = createStorage(openDatabase());
    const runner = createWorkerExchange();
    const stored = await storeProject(storage, `export-${Date.now()}`, 20_000);
    const id = `beside-${Date.now()}`;
    const stop = new AbortController();
    let exported: Promise<string> | null = null;
    const imported = runner.importProject('p.json', await exchangeFileOf(id, 9000), storage, {
      onProgress: () => {
        if (exported) return;
        // The import is writing: an export starts beside it, and the coder cancels it.
        exported = runner
          .exportProject({ ...rest, projectId: stored.project.id }, storage, stop.signal)
          .then(
            () => 'exported',
            () => 'cancelled',
          );
        stop.abort();
      },
    });
    const result = await imported;
    expect(await exported).toBe('cancelled');
    expect(result.kind).toBe('imported');
    expect(await (await storage.listRecords(id, 'annotation')).length).toBe(9000);
    storage.close();
  });

  it('cancelled, leaves an export running beside it going', async () => {
    const storage = createStorage(openDatabase());
    const runner = createWorkerExchange();
    const stored = await storeProject(storage, `export-${Date.now()}`, 5000);
    const id = `stopped-${Date.now()}`;
    const stop = new AbortController();
    let exported: Promise<string | Blob> | null = null;
    const imported = runner.importProject('p.json', await exchangeFileOf(id, 9000), storage, {
      signal: stop.signal,
      onProgress: () => {
        if (exported) return;
        exported = runner.exportProject({ ...rest, projectId: stored.project.id }, storage);
        stop.abort();
      },
    });
    await expect(imported).rejects.toThrow();
    const file = JSON.parse(await exchangeText(await exported!)) as { annotations: unknown[] };
    expect(file.annotations).toHaveLength(5000);
    await expect
      .poll(async () => (await storage.listRecords(id, 'annotation')).length, {
        timeout: 10_000,
      })
      .toBe(0);
    storage.close();
  });

  it('cancelled midway, lets the same file be imported again at once', async () => {
    const storage = createStorage(openDatabase());
    const runner = createWorkerExchange();
    const id = `again-${Date.now()}`;
    const file = await exchangeFileOf(id, 9000);
    const stop = new AbortController();
    const first = runner.importProject('p.json', file, storage, {
      signal: stop.signal,
      onProgress: () => stop.abort(), // the document is written, the annotations not yet
    });
    await expect(first).rejects.toThrow();
    // Started while the first is still erasing: it waits for its turn instead of meeting the
    // first one's marker ("being imported in another window").
    const second = await runner.importProject('p.json', file, storage);
    expect(second.kind).toBe('imported');
    expect(await (await storage.listRecords(id, 'annotation')).length).toBe(9000);
    storage.close();
  });
});
