import { describe, expect, it } from 'vitest';
import { Store } from '../../state/store';
import { initialState, type WorkbenchState } from '../../state/workbench-state';
import { memoryKeyValueStorage } from '../memos/draft-journal';
import { createStartGuard } from './start-guard';
import { watchStarts } from './watch-starts';

const project = {
  id: 'p1',
  name: 'Interviews',
  memo: '',
  createdBy: 'c',
  createdAt: 't',
  updatedBy: 'c',
  updatedAt: 't',
  deleted: false,
};

describe('watchStarts', () => {
  it('marks a start before a project is shown, so a renderer that dies then leaves a trace', () => {
    const storage = memoryKeyValueStorage();
    const guard = createStartGuard(storage);
    const store = new Store<WorkbenchState>(initialState);
    watchStarts(
      {
        store,
        get state() {
          return store.get();
        },
      },
      guard,
    );
    store.set({ notices: [] });
    expect(createStartGuard(storage).failedStart()).toBeNull();
    store.set({ projects: [project], projectId: 'p1' });
    // One unfinished start is a trace; a second in a row (the renderer died again) is a failure.
    expect(createStartGuard(storage).failedStart()).toBeNull();
    createStartGuard(storage).starting('p1', 'Interviews');
    expect(createStartGuard(storage).failedStart()).toMatchObject({
      projectId: 'p1',
      projectName: 'Interviews',
    });
    guard.started();
    store.set({ notices: [] });
    expect(createStartGuard(storage).failedStart()).toBeNull();
  });
});
