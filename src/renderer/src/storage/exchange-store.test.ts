import { describe, expect, it } from 'vitest';
import type { Storage } from './storage';
import type { ProjectData } from './exchange-store';
import {
  coder,
  freshStorage,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
  T0,
} from './test-fixtures';

/** A project of `n` annotations over two documents, made by two coders. */
function projectData(projectId: string, annotations = 3): ProjectData {
  const project = makeProject(projectId);
  const other = { id: 'coder-2', name: 'Grace', createdAt: T0 };
  const d1 = makeDocument(projectId, 'one.md');
  const d2 = { ...makeDocument(projectId, 'two.md'), deleted: true, updatedBy: other.id };
  const code = makeCode(projectId, 'Trust');
  return {
    project,
    coders: [coder, other],
    documents: [d1, d2],
    codes: [code],
    annotations: Array.from({ length: annotations }, () =>
      makeAnnotation(projectId, d1.id, [code.id]),
    ),
  };
}

/** Every row of every table, to compare a database before and after a failed import. */
async function snapshot(storage: Storage) {
  const db = storage.db;
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('exchange store', () => {
  it('imports a project and exports the same data back (tombstones and bodies included)', async () => {
    const storage = freshStorage();
    const data = projectData('p');
    await storage.importProjectData(data, { mode: 'new-project' });
    const exported = await storage.loadProjectForExport('p');
    expect(exported).toBeDefined();
    expect(exported!.project).toEqual(data.project);
    expect(byId(exported!.coders)).toEqual(byId(data.coders));
    expect(byId(exported!.documents)).toEqual(byId(data.documents));
    expect(exported!.codes).toEqual(data.codes);
    expect(byId(exported!.annotations)).toEqual(byId(data.annotations));
    expect(await storage.loadProjectForExport('missing')).toBeUndefined();
  });

  it('exports only the coders the project’s records name', async () => {
    const storage = freshStorage();
    await storage.setCoder({ id: 'stranger', name: 'Not in this project', createdAt: T0 });
    await storage.importProjectData(projectData('p'), { mode: 'new-project' });
    const exported = await storage.loadProjectForExport('p');
    expect(exported!.coders.map((c) => c.id).sort()).toEqual(['coder-1', 'coder-2']);
  });

  it('keeps coders the profile already knows', async () => {
    const storage = freshStorage();
    await storage.setCoder({ ...coder, name: 'My own name' });
    await storage.importProjectData(projectData('p'), { mode: 'new-project' });
    expect((await storage.listCoders()).find((c) => c.id === coder.id)?.name).toBe('My own name');
  });

  it('reports progress over all records, chunk by chunk', async () => {
    const storage = freshStorage();
    const calls: number[] = [];
    await storage.importProjectData(projectData('p', 5), {
      mode: 'new-project',
      chunkSize: 2,
      onProgress: (done, total) => {
        expect(total).toBe(8);
        calls.push(done);
      },
    });
    expect(calls).toEqual([2, 3, 5, 7, 8]);
  });

  it('lands whole or changes nothing: a duplicate id in the last chunk rolls everything back', async () => {
    const storage = freshStorage();
    const existing = projectData('existing');
    await storage.importProjectData(existing, { mode: 'new-project' });
    const before = await snapshot(storage);

    const incoming = projectData('incoming', 4500);
    const clash = {
      ...existing.annotations[0]!,
      projectId: 'incoming',
      documentId: incoming.documents[0]!.id,
    };
    incoming.annotations.push(clash);
    incoming.coders.push({ id: 'coder-3', name: 'New', createdAt: T0 });
    expect(incoming.annotations.length).toBeGreaterThan(4000);
    await expect(storage.importProjectData(incoming, { mode: 'new-project' })).rejects.toThrow();
    expect(await snapshot(storage)).toEqual(before);
  });

  it('refuses a project that is already here, changing nothing', async () => {
    const storage = freshStorage();
    await storage.importProjectData(projectData('p'), { mode: 'new-project' });
    const before = await snapshot(storage);
    await expect(
      storage.importProjectData(projectData('p'), { mode: 'new-project' }),
    ).rejects.toThrow();
    expect(await snapshot(storage)).toEqual(before);
  });

  it('refuses, before writing, records that belong to another project', async () => {
    const storage = freshStorage();
    const data = projectData('p');
    data.codes.push(makeCode('q', 'Stray'));
    await expect(storage.importProjectData(data, { mode: 'new-project' })).rejects.toThrow(
      /belongs to project q/,
    );
    expect(await storage.listProjects()).toEqual([]);
  });

  it('cancels through an abort signal, leaving nothing', async () => {
    const storage = freshStorage();
    const controller = new AbortController();
    const run = storage.importProjectData(projectData('p', 10), {
      mode: 'new-project',
      chunkSize: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(await storage.listProjects()).toEqual([]);
    expect(await storage.db.documents.count()).toBe(0);
  });
});
