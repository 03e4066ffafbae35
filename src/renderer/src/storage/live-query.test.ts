// Dexie's liveQuery only runs when a global `indexedDB` existed as Dexie loaded (it checks
// `Dexie.dependencies`), as in every browser; so this file installs fake-indexeddb globally first.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { createStorage } from './storage';
import { makeAnnotation } from './test-fixtures';

/** Waits until `values` (filled by a subscription) has `n` entries. */
async function until(values: unknown[], n: number): Promise<void> {
  for (let i = 0; i < 200 && values.length < n; i++) await new Promise((r) => setTimeout(r, 5));
}

describe('derived views under liveQuery', () => {
  it('re-emits the counts by code after annotations are written', async () => {
    const storage = createStorage(openDatabase({ name: 'live-query-test' }));
    const seen: Map<string, number>[] = [];
    const subscription = liveQuery(() => storage.countAnnotationsByCode('p')).subscribe({
      next: (v) => seen.push(v),
    });
    await until(seen, 1);
    expect(seen[0]).toEqual(new Map());

    const annotation = makeAnnotation('p', 'd', ['c1']);
    await storage.putAnnotations([annotation]);
    await until(seen, 2);
    expect(seen.at(-1)).toEqual(new Map([['c1', 1]]));

    await storage.putAnnotations([{ ...annotation, deleted: true }]);
    await until(seen, 3);
    expect(seen.at(-1)).toEqual(new Map());
    subscription.unsubscribe();
    storage.close();
  });
});
