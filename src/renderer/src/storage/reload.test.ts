import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { createStorage } from './storage';
import {
  addRecords,
  coder,
  isolatedIdb,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
  reopen,
} from './test-fixtures';

describe('write-through survives a reload', () => {
  it('finds everything written after the database is closed and reopened', async () => {
    const idb = isolatedIdb();
    const storage = createStorage(openDatabase(idb));
    const project = makeProject('p');
    const doc = makeDocument(project.id, 'one.md');
    const code = makeCode(project.id, 'Memory');
    const annotation = makeAnnotation(project.id, doc.id, [code.id]);
    await storage.setCoder(coder);
    await storage.setSetting('currentProjectId', project.id);
    await addRecords(storage, project.id, [project, doc, code, annotation]);
    await storage.saveHistory(project.id, { done: [], undone: [], written: { 'code:x': '1-a' } });
    const before = await storage.readSnapshot(project.id);

    const reloaded = reopen(storage.db, idb);
    expect(await reloaded.getCoder()).toEqual(coder);
    expect(await reloaded.getSetting('currentProjectId')).toBe('p');
    expect(await reloaded.readSnapshot(project.id)).toEqual(before);
    expect(before?.annotations.map((a) => a.id)).toEqual([annotation.id]);
    expect((await reloaded.loadHistory(project.id))?.written).toEqual({ 'code:x': '1-a' });
    reloaded.close();
  });
});
