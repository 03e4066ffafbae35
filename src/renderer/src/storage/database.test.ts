import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, openDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { isolatedIdb } from './test-fixtures';

describe('database', () => {
  it('keeps the frozen database name (renaming it would lose every user’s data)', () => {
    expect(DATABASE_NAME).toBe('marginalia');
    expect(openDatabase(isolatedIdb()).name).toBe('marginalia');
  });

  it('opens at the current schema version, the last one declared', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(8);
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const db = openDatabase(isolatedIdb());
    await db.open();
    expect(db.verno).toBe(8);
    db.close();
  });

  it('has the tables and indexes the queries rely on', async () => {
    const db = openDatabase(isolatedIdb());
    await db.open();
    const schema = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)].sort(),
      ]),
    );
    expect(schema).toEqual({
      settings: ['key'],
      coders: ['id'],
      projects: ['id'],
      projectDocuments: ['[projectId+contentHash]', '[projectId+id]', 'projectId'].sort(),
      projectTexts: ['[projectId+id]'],
      projectCodes: ['[projectId+id]', 'projectId'].sort(),
      annotationPages: [
        '[projectId+documentId+firstId]',
        '[projectId+documentId+size]',
        'codeIds',
      ].sort(),
      purged: ['[projectId+kind+id]', 'projectId'].sort(),
      history: ['projectId'],
      historySteps: ['[projectId+stepId+part]'],
      orphans: ['[projectId+documentId]', '[projectId+id]', 'projectId'].sort(),
      conflicts: ['[projectId+key]', 'projectId'].sort(),
      annotationColumns: ['[projectId+documentId]', 'projectId'].sort(),
    });
    db.close();
  });
});
