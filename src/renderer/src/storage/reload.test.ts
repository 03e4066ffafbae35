import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { createStorage } from './storage';
import {
  coder,
  isolatedIdb,
  makeAnnotation,
  makeCode,
  makeParsed,
  makeProject,
  reopen,
  T0,
  T1,
} from './test-fixtures';

describe('write-through survives a reload', () => {
  it('finds everything written after the database is closed and reopened', async () => {
    const idb = isolatedIdb();
    const storage = createStorage(openDatabase(idb));
    const project = makeProject('p');
    await storage.setCoder(coder);
    await storage.setSetting('currentProjectId', project.id);
    await storage.putProject(project);
    const [doc] = await storage.addDocuments(
      project.id,
      [makeParsed('one.md', 'Remember me')],
      coder.id,
      T0,
    );
    const code = makeCode(project.id, 'Memory');
    await storage.putCodes([code]);
    const annotation = makeAnnotation(project.id, doc!.id, [code.id]);
    await storage.putAnnotations([annotation]);
    await storage.putDocumentMeta({ ...doc!, memo: 'edited', updatedAt: T1 });

    const reloaded = reopen(storage.db, idb);
    expect(await reloaded.getCoder()).toEqual(coder);
    expect(await reloaded.getSetting('currentProjectId')).toBe('p');
    expect(await reloaded.listProjects()).toEqual([project]);
    expect(await reloaded.getDocument(doc!.id)).toEqual({ ...doc, memo: 'edited', updatedAt: T1 });
    expect(await reloaded.listCodes(project.id)).toEqual([code]);
    expect(await reloaded.listAnnotations(doc!.id)).toEqual([annotation]);
    reloaded.close();
  });
});
