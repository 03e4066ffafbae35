// Builders shared by this folder's tests (never imported by production code).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type {
  Annotation,
  Code,
  Coder,
  CorpusDocument,
  Id,
  ParsedDocument,
  Project,
} from '../../../core/model/types';
import { newId } from '../../../core/ids/new-id';
import { buildChangeSet } from '../../../core/changes/build-change-set';
import type { RecordChange } from '../../../core/changes/change-set';
import { openDatabase, type MarginaliaDb } from './database';
import { createStorage, type Storage } from './storage';

/** A fixed clock for records made in tests. */
export const T0 = '2026-01-01T00:00:00.000Z';
/** A later instant, for edits. */
export const T1 = '2026-01-02T00:00:00.000Z';

/** A coder for tests. */
export const coder: Coder = { id: 'coder-1', name: 'Ada', createdAt: T0 };

/** Options opening an isolated in-memory IndexedDB, so tests never share data. */
export function isolatedIdb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/**
 * A fresh database that tells `onRequest` how many rows of `tableName` each request read or
 * wrote: a request's rows are deserialized or cloned in one main-thread task, so its size bounds
 * that task (tests of reads and writes in parts count with it).
 */
export function rowCountingDatabase(
  tableName: string,
  onRequest: (rows: number, write: boolean) => void,
): MarginaliaDb {
  const db = openDatabase(isolatedIdb());
  db.use({
    stack: 'dbcore',
    name: 'count-rows',
    create: (core) => ({
      ...core,
      table: (name) => {
        const table = core.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          get: async (req) => {
            const row: unknown = await table.get(req);
            if (row !== undefined) onRequest(1, false);
            return row;
          },
          getMany: async (req) => {
            const rows = await table.getMany(req);
            onRequest(rows.filter((r) => r !== undefined).length, false);
            return rows;
          },
          query: async (req) => {
            const result = await table.query(req);
            if (req.values) onRequest(result.result.length, false);
            return result;
          },
          mutate: (req) => {
            if (req.type === 'put' || req.type === 'add') onRequest(req.values.length, true);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return db;
}

/** Storage over a fresh, empty in-memory database. */
export function freshStorage(): Storage {
  return createStorage(openDatabase(isolatedIdb()));
}

/** Reopens the same in-memory database after closing it (what a reload does). */
export function reopen(
  db: MarginaliaDb,
  idb: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): Storage {
  db.close();
  return createStorage(openDatabase({ ...idb, name: db.name }));
}

const stamp = (id: Id) => ({
  id,
  createdBy: coder.id,
  createdAt: T0,
  updatedBy: coder.id,
  updatedAt: T0,
  deleted: false,
});

export function makeProject(id: Id = newId(), name = 'Interviews'): Project {
  return { ...stamp(id), name, memo: '' };
}

export function makeParsed(name: string, text = `The text of ${name}.`): ParsedDocument {
  return {
    name,
    format: 'md',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    marks: [{ kind: 'emphasis', start: 0, end: 3 }],
    contentHash: `hash-of-${text}`,
    byteSize: text.length,
    charCount: text.length,
    encoding: 'utf-8',
    encodingFallback: false,
  };
}

export function makeDocument(projectId: Id, name: string, id: Id = newId()): CorpusDocument {
  return { ...makeParsed(name), ...stamp(id), projectId, importedAt: T0, memo: '' };
}

export function makeCode(
  projectId: Id,
  name: string,
  id: Id = newId(),
  parentId: Id | null = null,
): Code {
  return {
    ...stamp(id),
    projectId,
    parentId,
    name,
    color: '#aa3366',
    description: '',
    hotkey: null,
    order: 0,
    memo: '',
  };
}

export function makeAnnotation(
  projectId: Id,
  documentId: Id,
  codeIds: Id[],
  id: Id = newId(),
): Annotation {
  return {
    ...stamp(id),
    projectId,
    documentId,
    start: 0,
    end: 3,
    quote: 'The',
    prefix: '',
    suffix: ' text',
    codeIds,
    memo: '',
  };
}

/** Adds records (a project may be among them) through a system change set, as set-up. */
export async function addRecords(
  storage: Storage,
  projectId: Id,
  records: (Project | CorpusDocument | Code | Annotation)[],
): Promise<void> {
  const changes = records.map((after): RecordChange => {
    const kind =
      'codeIds' in after
        ? 'annotation'
        : 'parentId' in after
          ? 'code'
          : 'contentHash' in after
            ? 'document'
            : 'project';
    return { kind, before: null, after } as RecordChange;
  });
  await storage.apply(
    buildChangeSet(
      { projectId, source: 'system', label: 'set up' },
      { coderId: coder.id, now: T0 },
      changes,
    ),
  );
}
