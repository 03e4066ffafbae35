/// <reference lib="webworker" />
// The import benchmark's worker: imports an exchange file either by the product's own steps
// (read, parse + validate, hash check, staged write), timing each, or by raw IndexedDB writing
// the same rows into the same object stores (with the same indexes, or primary keys only) in
// one transaction: the strongest simple baseline. Since schema version 7 the same rows are the
// annotations cut into rows per document (annotation-pages.ts), so the baseline cuts them too;
// `raw-records` keeps the old layout (one record per annotation, indexed as version 6 did) for
// comparison.
import { parseExchangeFile, verifyContentHashes } from '../../src/core/exchange';
import type { Annotation, CorpusDocument, Project } from '../../src/core/model/types';
import { packAnnotationPages } from '../../src/renderer/src/storage/annotation-pages';
import { exchangeSnapshot } from '../../src/renderer/src/platform/exchange-work';
import { createStorage, openDatabase } from '../../src/renderer/src/storage';
import { splitDocument } from '../../src/renderer/src/storage/rows';
import { SCHEMA_VERSIONS } from '../../src/renderer/src/storage/schema';
import { createRawStores, primaryKeysOnly } from './raw-stores';

/** What to import, how, and into which database (deleted before and after). */
export interface ImportBenchRequest {
  url: string;
  how: 'product' | 'raw' | 'raw-keys' | 'raw-records';
  database: string;
}

/** One import's timings, ms (`total` covers all steps, from the file in hand). */
export interface ImportTimes {
  read: number;
  parse: number;
  hashes: number;
  write: number;
  total: number;
  /** Write transactions committed. */
  transactions: number;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Version 6's annotation table: one record per annotation, three secondary indexes. */
const RECORDS_STORE = {
  projectAnnotations: '[projectId+id], projectId, [projectId+documentId], *codeIds',
};

/** The current schema's tables as raw IndexedDB (or with primary keys only, or v6's records). */
function openRaw(name: string, how: ImportBenchRequest['how']): Promise<IDBDatabase> {
  const last = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores;
  const stores = how === 'raw-records' ? { ...last, ...RECORDS_STORE } : last;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () =>
      createRawStores(open.result, how === 'raw-keys' ? primaryKeysOnly(stores) : stores);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** The parts of an exchange file the raw baseline writes (trusted: the fixture is valid). */
interface RawFile {
  project: object;
  coders: object[];
  documents: CorpusDocument[];
  codes: object[];
  annotations: Annotation[];
}

/** JSON.parse and one transaction of `add`s: no validation, no staging, no Dexie. */
async function rawWrite(
  database: string,
  data: RawFile,
  how: ImportBenchRequest['how'],
): Promise<void> {
  const db = await openRaw(database, how);
  const target = how === 'raw-records' ? 'projectAnnotations' : 'annotationPages';
  const rows =
    how === 'raw-records'
      ? data.annotations
      : packAnnotationPages((data.project as Project).id, data.annotations);
  const tables = ['projects', 'coders', 'projectTexts', 'projectDocuments'];
  const tx = db.transaction([...tables, 'projectCodes', target], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  for (const doc of data.documents) {
    const { meta, body } = splitDocument(doc);
    tx.objectStore('projectTexts').add(body);
    tx.objectStore('projectDocuments').add(meta);
  }
  const codes = tx.objectStore('projectCodes');
  for (const code of data.codes) codes.add(code);
  const annotations = tx.objectStore(target);
  for (const row of rows) annotations.add(row);
  for (const coder of data.coders) tx.objectStore('coders').add(coder);
  tx.objectStore('projects').add(data.project);
  await done;
  db.close();
}

async function importOnce(request: ImportBenchRequest): Promise<ImportTimes> {
  await deleteDatabase(request.database);
  const blob = await (await fetch(request.url)).blob();
  const t0 = performance.now();
  const text = await blob.text();
  const t1 = performance.now();
  if (request.how !== 'product') {
    const data = JSON.parse(text) as RawFile;
    const t2 = performance.now();
    await rawWrite(request.database, data, request.how);
    const t3 = performance.now();
    await deleteDatabase(request.database);
    const times = { read: t1 - t0, parse: t2 - t1, hashes: 0, write: t3 - t2 };
    return { ...times, total: t3 - t0, transactions: 1 };
  }
  const parsed = parseExchangeFile('bench.json', text);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message ?? 'invalid file');
  const t2 = performance.now();
  const problems = await verifyContentHashes(parsed.data.documents);
  if (problems.length > 0) throw new Error(problems[0]?.message);
  const t3 = performance.now();
  const storage = createStorage(openDatabase({ name: request.database }));
  await storage.db.open();
  // The marker's transaction and the landing, plus one per chunk.
  let transactions = 2;
  await storage.writeProjectStaged(exchangeSnapshot(parsed.data), {
    onProgress: () => void (transactions += 1),
  });
  const t4 = performance.now();
  storage.close();
  await deleteDatabase(request.database);
  const times = { read: t1 - t0, parse: t2 - t1, hashes: t3 - t2, write: t4 - t3 };
  return { ...times, total: t4 - t0, transactions };
}

self.onmessage = async (event: MessageEvent<ImportBenchRequest>) => {
  try {
    self.postMessage(await importOnce(event.data));
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
