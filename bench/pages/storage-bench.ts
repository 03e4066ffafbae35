import type { Annotation } from '../../src/core/model/types';
import { createStorage, openDatabase } from '../../src/renderer/src/storage';

function annotation(i: number): Annotation {
  const start = i * 10;
  return {
    id: `0192f000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    projectId: 'bench-project',
    documentId: `bench-document-${i % 10}`,
    start,
    end: start + 20,
    quote: 'the exact quoted text',
    prefix: 'thirty-two characters before it.',
    suffix: 'thirty-two characters after it..',
    codeIds: ['code-a', 'code-b'],
    memo: i % 7 === 0 ? 'A short memo on this segment.' : '',
    createdBy: 'coder',
    createdAt: '2026-11-24T00:00:00.000Z',
    updatedBy: 'coder',
    updatedAt: '2026-11-24T00:00:00.000Z',
    deleted: false,
  };
}

/** Raw IndexedDB: one transaction of `put`s into a bare object store (the bare limit). */
async function rawPut(name: string, records: Annotation[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('annotations', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('annotations', 'readwrite');
    const store = tx.objectStore('annotations');
    for (const record of records) store.put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** One run's timings, ms. */
export interface StorageTimes {
  rawPut: number;
  storagePut: number;
  loadOneDocument: number;
  loadedCount: number;
  countsPerDocument: number;
}

/**
 * Writing `n` annotations through the storage layer (one transaction, indexes maintained) against
 * raw IndexedDB puts of the same records into a bare object store (the strongest simple
 * alternative); then loading one document's annotations (n / 10), what opening a document costs
 * before the interval index is built, and the per-document counts.
 */
export async function benchStorage(n: number): Promise<StorageTimes> {
  const records = Array.from({ length: n }, (_, i) => annotation(i));
  await deleteDatabase('bench-raw');
  await deleteDatabase('bench-marginalia');
  const raw = await rawPut('bench-raw', records);
  const storage = createStorage(openDatabase({ name: 'bench-marginalia' }));
  await storage.db.open();
  let started = performance.now();
  await storage.putAnnotations(records);
  const ours = performance.now() - started;
  started = performance.now();
  const loaded = await storage.listAnnotations('bench-project', 'bench-document-3');
  const load = performance.now() - started;
  started = performance.now();
  await storage.countAnnotationsByDocument('bench-project');
  const counts = performance.now() - started;
  storage.close();
  await deleteDatabase('bench-raw');
  await deleteDatabase('bench-marginalia');
  return {
    rawPut: raw,
    storagePut: ours,
    loadOneDocument: load,
    loadedCount: loaded.length,
    countsPerDocument: counts,
  };
}
