import { describe, expect, it } from 'vitest';
import type { AnnotationCounts } from '../../../core/coding/annotation-counts';
import type { ChangeSet } from '../../../core/changes/change-set';
import { annotation, document } from '../../../core/repository/test-support/records';
import { inThreadExchange } from '../platform/exchange-runner';
import { testPlatform } from '../platform/test-platform';
import type { Storage } from '../storage';
import { createCounts } from './counts';
import { Store } from './store';
import { initialState } from './workbench-state';

/** A change set adding one live annotation with code c1 on document d1 of project p. */
const added: ChangeSet = {
  projectId: 'p',
  source: 'user',
  label: 'code',
  coderId: 'ada',
  at: 'n',
  changes: [{ kind: 'annotation', before: null, after: annotation('p', 'd1', 'a9', ['c1']) }],
  purged: [],
};

describe('annotation counts', () => {
  it('are read again when a change set is counted in while the platform recounts', async () => {
    const store = new Store({
      ...initialState,
      projectId: 'p',
      documents: [document('p', 'd1')],
    });
    // The recount reads 1 the first time (the change set was not there yet), then 2.
    const reads: AnnotationCounts[] = [
      { byDocument: { d1: 1 }, byCode: { c1: 1 } },
      { byDocument: { d1: 2 }, byCode: { c1: 2 } },
    ];
    let release!: () => void;
    const firstRead = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const platform = testPlatform({
      exchange: {
        ...inThreadExchange,
        countAnnotations: async () => {
          const read = reads[calls++]!;
          if (calls === 1) await firstRead;
          return read;
        },
      },
    });
    const counts = createCounts({ store, storage: {} as Storage, platform });
    const refreshed = counts.refresh();
    // While the first read is under way, a change set lands and is counted in as a delta.
    await Promise.resolve();
    counts.onChangeSetApplied(added);
    release();
    await refreshed;
    expect(calls).toBe(2);
    expect(store.get().annotationCounts).toEqual({ d1: 2 });
    expect(store.get().codeCounts).toEqual({ c1: 2 });
  });
});
