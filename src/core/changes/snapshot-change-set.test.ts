import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../repository/memory-repository';
import { annotation, code, CODER, document, project } from '../repository/test-support/records';
import { snapshotChangeSet } from './snapshot-change-set';

describe('snapshotChangeSet', () => {
  it('adds a whole project with its own stamps and revisions, purge tombstones included', async () => {
    const snapshot = {
      project: project('p'),
      coders: [],
      documents: [document('p', 'd')],
      codes: [{ ...code('p', 'c'), rev: '4-abc', revs: ['3-def'] }],
      annotations: [annotation('p', 'd', 'a', ['c'])],
      purged: [
        { kind: 'code' as const, id: 'old', projectId: 'p', purgedBy: CODER, purgedAt: 'x' },
      ],
    };
    const set = snapshotChangeSet(
      snapshot,
      { source: 'import', label: 'import' },
      { coderId: CODER, now: 'now' },
    );
    const repo = new MemoryRepository();
    await repo.apply(set);
    expect(await repo.readSnapshot('p')).toEqual(snapshot);
    await expect(repo.apply(set)).rejects.toThrow(/already exists/);
  });

  it('refuses a document without its text', () => {
    const { text: _t, ...textless } = document('p', 'd');
    const snapshot = {
      project: project('p'),
      coders: [],
      documents: [textless],
      codes: [],
      annotations: [],
      purged: [],
    };
    expect(() =>
      snapshotChangeSet(snapshot, { source: 'import', label: 'x' }, { coderId: CODER, now: 'n' }),
    ).toThrow(/no text/);
  });
});
