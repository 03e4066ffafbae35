import { describe, expect, it } from 'vitest';
import { freshStorage, makeProject, T1 } from './test-fixtures';

describe('project store', () => {
  it('puts, gets and lists projects', async () => {
    const storage = freshStorage();
    const a = makeProject('p-a', 'A');
    const b = makeProject('p-b', 'B');
    await storage.putProject(a);
    await storage.putProject(b);
    await storage.putProject({ ...a, name: 'A renamed' });
    expect(await storage.getProject('p-a')).toEqual({ ...a, name: 'A renamed' });
    expect((await storage.listProjects()).map((p) => p.name)).toEqual(['A renamed', 'B']);
  });

  it('deletes to the trash: the project stays listed, flagged deleted and stamped', async () => {
    const storage = freshStorage();
    await storage.putProject(makeProject('p-a'));
    const deleted = await storage.deleteProject('p-a', 'coder-2', T1);
    expect(deleted).toMatchObject({ deleted: true, updatedBy: 'coder-2', updatedAt: T1 });
    expect(await storage.listProjects()).toEqual([deleted]);
    expect(await storage.deleteProject('missing', 'coder-2', T1)).toBeUndefined();
  });
});
