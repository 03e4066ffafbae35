import { describe, expect, it } from 'vitest';
import { memoryKeyValueStorage } from '../memos/draft-journal';
import { createStartGuard } from './start-guard';

describe('start guard', () => {
  it('a caught failure makes every later start safe until the user clears it', () => {
    const storage = memoryKeyValueStorage();
    createStartGuard(storage).recordFailure({
      projectId: 'p1',
      projectName: 'Deep codes',
      message: 'Maximum call stack size exceeded',
      at: 't',
    });
    const nextStart = createStartGuard(storage);
    expect(nextStart.failedStart()).toMatchObject({ projectId: 'p1', projectName: 'Deep codes' });
    expect(createStartGuard(storage).failedStart()?.message).toMatch(/call stack/);
    nextStart.clear();
    expect(createStartGuard(storage).failedStart()).toBeNull();
  });

  it('two starts in a row that never finished showing their project are treated as failed', () => {
    const storage = memoryKeyValueStorage();
    const first = createStartGuard(storage);
    first.starting('p1', 'Big project');
    // A reload while a large project is still loading: not yet a hang.
    const again = createStartGuard(storage);
    expect(again.failedStart()).toBeNull();
    again.starting('p1', 'Big project');
    // The renderer dies here again: started() never runs.
    expect(createStartGuard(storage).failedStart()).toMatchObject({
      projectId: 'p1',
      projectName: 'Big project',
      message: expect.stringMatching(/2 starts did not finish/),
    });
    const second = createStartGuard(storage);
    second.starting('p1', 'Big project');
    second.started();
    expect(createStartGuard(storage).failedStart()).toBeNull();
  });

  it('ignores garbage left in storage', () => {
    const storage = memoryKeyValueStorage();
    storage.setItem('marginalia:failed-start', '{oops');
    storage.setItem('marginalia:start-in-progress', JSON.stringify({ projectName: 3 }));
    expect(createStartGuard(storage).failedStart()).toBeNull();
  });
});
