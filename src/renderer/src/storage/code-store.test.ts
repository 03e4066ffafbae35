import { describe, expect, it } from 'vitest';
import { freshStorage, makeCode } from './test-fixtures';

describe('code store', () => {
  it('tells which code ids are already used in any project, so an imported codebook gets fresh ones', async () => {
    const storage = freshStorage();
    await storage.putCodes([
      makeCode('project-a', 'Victims', 'code-1'),
      makeCode('project-b', 'Gender', 'code-2'),
    ]);
    expect(await storage.codeIdsInUse(['code-1', 'code-2', 'code-3'])).toEqual(
      new Set(['code-1', 'code-2']),
    );
    expect(await storage.codeIdsInUse([])).toEqual(new Set());
  });
});
