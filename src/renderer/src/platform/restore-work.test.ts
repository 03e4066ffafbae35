import { describe, expect, it } from 'vitest';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { sha256Hex } from '../../../core/text/hash';
import { freshStorage } from '../storage/test-fixtures';
import { writeExchangeText } from './exchange-work';
import { restoreBackupFile } from './restore-work';

/** A backup (an exchange file with texts) of a project with one document and two codings. */
async function backup(): Promise<string> {
  const text = 'Text of the backed up document.';
  return writeExchangeText({
    snapshot: {
      project: project('p'),
      coders: [{ id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' }],
      documents: [{ ...document('p', 'd', text), contentHash: await sha256Hex(text) }],
      codes: [code('p', 'c')],
      annotations: [annotation('p', 'd', 'a1', ['c']), annotation('p', 'd', 'a2', ['c'])],
      purged: [],
    },
    exportedBy: { coderId: CODER, name: 'Ada' },
    options: { includeTexts: true },
    now: '2026-02-01T00:00:00.000Z',
  });
}

describe('restoring a backup', () => {
  it('lands a copy with fresh ids under the given name, whole', async () => {
    const storage = freshStorage();
    const progress: number[] = [];
    const result = await restoreBackupFile('b.json', await backup(), 'Study (backup)', storage, {
      onProgress: (done) => progress.push(done),
    });
    if (result.kind !== 'imported') throw new Error(`not restored: ${result.kind}`);
    expect(result.project.name).toBe('Study (backup)');
    expect(result.project.id).not.toBe('p');
    expect(result.live).toEqual({ documents: 1, codes: 1, annotations: 2 });
    expect(progress.at(-1)).toBe(4);
    const annotations = await storage.listRecords(result.project.id, 'annotation');
    expect(annotations.map((a) => a.id).sort()).not.toContain('a1');
    expect(annotations).toHaveLength(2);
    // It can be restored again beside the first copy.
    const again = await restoreBackupFile('b.json', await backup(), 'Again', storage);
    expect(again.kind).toBe('imported');
  });

  it('refuses a file that is not a sound backup, writing nothing', async () => {
    const storage = freshStorage();
    const result = await restoreBackupFile('b.json', '{"format": "nope"}', 'X', storage);
    expect(result.kind).toBe('invalid');
    expect(await storage.listProjects()).toEqual([]);
  });
});
