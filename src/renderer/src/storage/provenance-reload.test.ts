import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { createStorage } from './storage';
import {
  addRecords,
  isolatedIdb,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
  reopen,
} from './test-fixtures';

/**
 * `derivedFrom` (a consensus annotation's provenance) needed no schema version: annotations are
 * stored whole, and no index reads the field, so a database of any earlier version holds it as
 * soon as a change set writes it, and older annotations simply lack it.
 */
describe("a consensus annotation's provenance in storage", () => {
  it('is kept through a reload without a schema change', async () => {
    const idb = isolatedIdb();
    const storage = createStorage(openDatabase(idb));
    const project = makeProject('p');
    const doc = makeDocument(project.id, 'one.md');
    const code = makeCode(project.id, 'Memory');
    const source = makeAnnotation(project.id, doc.id, [code.id]);
    const consensus = {
      ...makeAnnotation(project.id, doc.id, [code.id]),
      derivedFrom: [source.id],
    };
    const neither = { ...makeAnnotation(project.id, doc.id, []), derivedFrom: [source.id] };
    await addRecords(storage, project.id, [project, doc, code, source, consensus, neither]);

    const reloaded = reopen(storage.db, idb);
    expect(reloaded.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const read = await reloaded.listAnnotations(project.id, doc.id);
    const byId = new Map(read.map((a) => [a.id, a]));
    expect(byId.get(consensus.id)?.derivedFrom).toEqual([source.id]);
    expect(byId.get(neither.id)).toMatchObject({ codeIds: [], derivedFrom: [source.id] });
    expect(byId.get(source.id)?.derivedFrom).toBeUndefined();
    reloaded.close();
  });
});
