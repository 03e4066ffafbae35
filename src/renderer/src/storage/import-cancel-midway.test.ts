import { describe, expect, it } from 'vitest';
import { testPlatform } from '../platform/test-platform';
import { Workbench } from '../state/workbench';
import { DEFAULT_CHUNK_SIZE } from './chunked-write';
import { freshStorage, makeParsed } from './test-fixtures';

/** A platform that is never asked for files in these tests. */
const platform = testPlatform();

describe('an import cancelled midway', () => {
  // The older test cancels before the import starts, so it passes even when nothing checks the
  // signal between chunks. This one cancels after the first chunk is written.
  it('cancelled after the first chunk, it lands nothing and says so', async () => {
    const storage = freshStorage();
    const workbench = new Workbench(storage, platform);
    await workbench.init();
    await workbench.setCoderName('Ada');
    await workbench.createProject('Study');
    const projectId = workbench.state.projectId ?? '';
    // More documents than one chunk holds, so the write needs at least two chunks.
    const documents = Array.from({ length: DEFAULT_CHUNK_SIZE + 10 }, (_, i) =>
      makeParsed(`d${i}.txt`, `Text ${i}.`),
    );
    const controller = new AbortController();
    const progressSeen: number[] = [];
    const unsubscribe = workbench.store.subscribe(() => {
      const done = workbench.state.progress?.done ?? 0;
      if (done > 0 && !controller.signal.aborted) {
        progressSeen.push(done);
        controller.abort();
      }
    });
    await workbench.importBatch(
      { documents, errors: [], duplicates: [], warnings: [] },
      controller.signal,
    );
    unsubscribe();

    // The first chunk's progress was reported, and only then was the import cancelled.
    expect(progressSeen).toEqual([DEFAULT_CHUNK_SIZE]);
    expect(workbench.state.notices.map((n) => n.title)).toContain(
      'Import cancelled: no document was added',
    );
    expect(workbench.state.documents).toEqual([]);
    expect(await storage.listDocuments(projectId)).toEqual([]);
    // A second, uncancelled import of the same files lands all of them (nothing half-written
    // stands in its way as a duplicate).
    await workbench.importBatch({ documents, errors: [], duplicates: [], warnings: [] });
    expect(await storage.listDocuments(projectId)).toHaveLength(documents.length);
  }, 60_000);
});
