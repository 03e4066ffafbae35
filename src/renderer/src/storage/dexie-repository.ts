import type { Table } from 'dexie';
import {
  changedId,
  versionOf,
  type AnyRecord,
  type ChangeSet,
  type RecordChange,
} from '../../../core/changes/change-set';
import { StaleWriteError } from '../../../core/changes/stale-write-error';
import { compareConflicts, conflictKey } from '../../../core/merge/combine';
import type { Orphan } from '../../../core/anchoring/reanchor/orphan';
import type { RecordConflict } from '../../../core/model/conflict';
import type { ProjectSnapshot, RecordKind } from '../../../core/model/snapshot';
import type { Annotation, Code, CorpusDocument, Id, Project } from '../../../core/model/types';
import type {
  DocumentBodyRecord,
  LongWriteOptions,
  Repository,
  StoredRecord,
} from '../../../core/repository/repository';
import { referencedCoderIds, snapshotProblem } from '../../../core/repository/snapshot-checks';
import { historyStepRange } from './history-store';
import { patchStoredColumns, writeColumnsOf } from './annotation-columns-store';
import {
  AnnotationPageEditor,
  annotationPages,
  packAnnotationPages,
  ROWS_PER_CHUNK,
} from './annotation-pages';
import { ChunkedWriter } from './chunked-write';
import { ORPHANS_TABLE } from './orphan-store';
import type { MarginaliaDb, RecordKey } from './database';
import {
  hasBody,
  joinDocument,
  splitDocument,
  toDocumentMeta,
  type DocumentBody,
  type DocumentMeta,
} from './rows';

/** The table holding each kind of record keyed `[projectId+id]` (annotations are paged). */
function tableOf(db: MarginaliaDb, kind: 'document' | 'code'): Table<AnyRecord, RecordKey> {
  const tables = { document: db.projectDocuments, code: db.projectCodes };
  // The tables hold different record types under the same key shape; one view of them keeps
  // apply generic (Dexie's per-table types do not unify on their own).
  return tables[kind] as unknown as Table<AnyRecord, RecordKey>;
}

/** Every table a change set or a snapshot may write. */
function recordTables(db: MarginaliaDb) {
  return [
    db.projects,
    db.coders,
    db.projectDocuments,
    db.projectTexts,
    db.projectCodes,
    db.annotationPages,
    db.purged,
    db.history,
    db.historySteps,
    db.conflicts,
    db.annotationColumns,
    orphansTable(db),
  ];
}

/** A conflict as its `conflicts` row. */
function conflictRow(projectId: Id, conflict: RecordConflict) {
  return { projectId, key: conflictKey(conflict), conflict };
}

/** A project's unresolved conflicts, in key order (call inside a transaction or not). */
async function readConflicts(db: MarginaliaDb, projectId: Id): Promise<RecordConflict[]> {
  const rows = await db.conflicts.where('projectId').equals(projectId).toArray();
  return rows.map((r) => r.conflict).sort(compareConflicts);
}

/** The re-anchoring orphans table (see storage/orphan-store). */
const orphansTable = (db: MarginaliaDb) => db.table<Orphan, [Id, Id]>(ORPHANS_TABLE);

/** Writes a change set's orphans: dropped ones removed, kept ones put. */
async function writeOrphans(db: MarginaliaDb, set: ChangeSet): Promise<void> {
  const dropped = (set.orphansDropped ?? []).map((o): [Id, Id] => [o.projectId, o.id]);
  if (dropped.length > 0) await orphansTable(db).bulkDelete(dropped);
  if (set.orphansKept?.length) await orphansTable(db).bulkPut(set.orphansKept);
}

/** Writes a change set's conflicts (settled ones removed, new ones kept) and coders. */
async function writeConflictsAndCoders(db: MarginaliaDb, set: ChangeSet): Promise<void> {
  const resolved = (set.conflictsResolved ?? []).map((c): [Id, string] => [
    set.projectId,
    conflictKey(c),
  ]);
  if (resolved.length > 0) await db.conflicts.bulkDelete(resolved);
  const added = (set.conflictsAdded ?? []).map((c) => conflictRow(set.projectId, c));
  if (added.length > 0) await db.conflicts.bulkPut(added);
  if (set.coders?.length) await db.coders.bulkPut(set.coders);
}

/** Where an annotation change's record is stored before and after it (its documents and id). */
function annotationRefs(change: RecordChange): { documentId: Id; id: Id }[] {
  const id = changedId(change);
  const documents = new Set<Id>();
  for (const r of [change.before, change.after]) if (r) documents.add((r as Annotation).documentId);
  return [...documents].map((documentId) => ({ documentId, id }));
}

/**
 * Reads the stored version of every record a change set touches, in one go per table; the rows
 * of its annotations are loaded into `pages`, which the set's writes then edit. An annotation is
 * looked up in the documents its change names (an annotation never moves between documents
 * through the app; a change that moves one is looked up in both).
 */
async function storedRecords(
  db: MarginaliaDb,
  set: ChangeSet,
  pages: AnnotationPageEditor,
): Promise<Map<string, AnyRecord>> {
  const stored = new Map<string, AnyRecord>();
  const ids: Record<RecordKind, Id[]> = { project: [], document: [], code: [], annotation: [] };
  for (const change of set.changes) ids[change.kind].push(changedId(change));
  const projects = await db.projects.bulkGet(ids.project);
  for (const p of projects) if (p) stored.set(`project:${p.id}`, p);
  for (const kind of ['document', 'code'] as const) {
    if (ids[kind].length === 0) continue;
    const rows = await tableOf(db, kind).bulkGet(
      ids[kind].map((id): RecordKey => [set.projectId, id]),
    );
    for (const r of rows) if (r) stored.set(`${kind}:${r.id}`, r);
  }
  const refs = set.changes.filter((c) => c.kind === 'annotation').flatMap(annotationRefs);
  if (refs.length > 0) {
    await pages.load(refs);
    for (const { documentId, id } of refs) {
      const found = pages.get(documentId, id);
      if (found) stored.set(`annotation:${id}`, found);
    }
  }
  return stored;
}

/** The rows one chunk of changes writes (a row) or erases (null), per table and key. */
interface ChunkWrites {
  projects: Map<Id, Project | null>;
  documents: Map<string, DocumentMeta | null>;
  texts: Map<string, DocumentBody | null>;
  codes: Map<string, Code | null>;
  annotations: RecordChange[];
}

/** Groups a chunk's changes by table (the last change to a key wins), for bulk writes. */
function groupChunk(chunk: readonly RecordChange[]): ChunkWrites {
  const out: ChunkWrites = {
    projects: new Map(),
    documents: new Map(),
    texts: new Map(),
    codes: new Map(),
    annotations: [],
  };
  for (const change of chunk) {
    const id = changedId(change);
    if (change.kind === 'project') out.projects.set(id, change.after);
    else if (change.kind === 'code') out.codes.set(id, change.after);
    else if (change.kind === 'annotation') out.annotations.push(change);
    else if (!change.after) {
      out.documents.set(id, null);
      out.texts.set(id, null);
    } else if (hasBody(change.after)) {
      const { meta, body } = splitDocument(change.after);
      out.documents.set(id, meta);
      out.texts.set(id, body);
    } else out.documents.set(id, toDocumentMeta(change.after));
  }
  return out;
}

/**
 * Writes a grouped chunk with one bulk call per table and kind of write; its annotations go to
 * `pages` (loaded by `storedRecords`), written when the set's last chunk is.
 */
async function writeChunk(
  db: MarginaliaDb,
  projectId: Id,
  writes: ChunkWrites,
  pages: AnnotationPageEditor,
): Promise<void> {
  const bulk = async <R>(table: Table<R, RecordKey>, rows: Map<string, R | null>) => {
    const puts: R[] = [];
    const deletes: RecordKey[] = [];
    for (const [id, row] of rows) {
      if (row) puts.push(row);
      else deletes.push([projectId, id]);
    }
    if (puts.length > 0) await table.bulkPut(puts);
    if (deletes.length > 0) await table.bulkDelete(deletes);
  };
  for (const [id, project] of writes.projects) {
    if (project) await db.projects.put(project);
    else {
      // An erased project takes its tombstones and undo history with it.
      await db.projects.delete(id);
      await db.purged.where('projectId').equals(id).delete();
      await db.conflicts.where('projectId').equals(id).delete();
      await db.annotationColumns.where('projectId').equals(id).delete();
      await db.history.delete(id);
      await historyStepRange(db, id).delete();
    }
  }
  await bulk(db.projectTexts, writes.texts);
  await bulk(db.projectDocuments, writes.documents);
  await bulk(db.projectCodes, writes.codes);
  for (const change of writes.annotations) {
    const before = change.before as Annotation | null;
    const after = change.after as Annotation | null;
    if (before && before.documentId !== after?.documentId)
      pages.delete(before.documentId, before.id);
    if (after) pages.put(after);
  }
}

/**
 * The Dexie repository: every change set in ONE IndexedDB transaction, with each replaced
 * record's version checked inside it (compare-and-set), so another tab's or a merge's write in
 * between is refused with `StaleWriteError` instead of overwritten. Large change sets (an import)
 * are written in chunks with progress and cancel, still in the one transaction.
 */
export function createDexieRepository(db: MarginaliaDb) {
  const repository = {
    listProjects: () => db.projects.toArray(),

    listRecords: <K extends Exclude<RecordKind, 'project'>>(projectId: Id, kind: K) =>
      // The table for `kind` holds exactly `StoredRecord<K>` rows; tableOf's shared view hides it.
      (kind === 'annotation'
        ? annotationPages.ofProject(db, projectId)
        : tableOf(db, kind).where('projectId').equals(projectId).toArray()) as unknown as Promise<
        StoredRecord<K>[]
      >,

    getRecords: async <K extends RecordKind>(projectId: Id, kind: K, ids: readonly Id[]) => {
      if (kind === 'project')
        return (await db.projects.bulkGet([...ids])) as (StoredRecord<K> | undefined)[];
      if (kind === 'annotation')
        return (await annotationPages.byIds(db, projectId, ids)) as (StoredRecord<K> | undefined)[];
      const keys = ids.map((id): RecordKey => [projectId, id]);
      const table = tableOf(db, kind as 'document' | 'code');
      return (await table.bulkGet(keys)) as (StoredRecord<K> | undefined)[];
    },

    getDocumentBody: async (
      projectId: Id,
      documentId: Id,
    ): Promise<DocumentBodyRecord | undefined> => {
      const body = await db.projectTexts.get([projectId, documentId]);
      return body && { text: body.text, blocks: body.blocks, marks: body.marks };
    },

    listPurged: (projectId: Id) => db.purged.where('projectId').equals(projectId).toArray(),

    listConflicts: (projectId: Id) => readConflicts(db, projectId),

    listOrphans: async (projectId: Id) => {
      const rows = await orphansTable(db).where('projectId').equals(projectId).toArray();
      return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },

    apply: (set: ChangeSet, options: LongWriteOptions = {}) =>
      db.transaction('rw', recordTables(db), async () => {
        const pages = new AnnotationPageEditor(db, set.projectId);
        const stored = await storedRecords(db, set, pages);
        for (const change of set.changes) {
          const id = changedId(change);
          const key = `${change.kind}:${id}`;
          const found = stored.get(key);
          const expected = change.before ? versionOf(change.before) : null;
          const actual = found ? versionOf(found) : null;
          if (expected !== actual) throw new StaleWriteError(change.kind, id, expected, actual);
          if (change.after) stored.set(key, change.after);
          else stored.delete(key);
        }
        const writer = new ChunkedWriter(set.changes.length, options);
        await writer.write(set.changes, async (chunk) => {
          await writeChunk(db, set.projectId, groupChunk(chunk), pages);
        });
        await pages.flush();
        if (set.purged.length > 0) await db.purged.bulkPut(set.purged);
        await patchStoredColumns(db, set);
        await writeConflictsAndCoders(db, set);
        await writeOrphans(db, set);
      }),

    putCoder: async (coder: Parameters<Repository['putCoder']>[0]) => {
      await db.coders.put(coder);
    },

    readSnapshot: (projectId: Id): Promise<ProjectSnapshot | undefined> =>
      db.transaction('r', recordTables(db), async () => {
        const project = await db.projects.get(projectId);
        if (!project) return undefined;
        const [metas, bodies, codes, annotations, purged] = await Promise.all([
          db.projectDocuments.where('projectId').equals(projectId).toArray(),
          db.projectTexts
            .where('[projectId+id]')
            .between([projectId, ''], [projectId, '\uffff'])
            .toArray(),
          db.projectCodes.where('projectId').equals(projectId).toArray(),
          annotationPages.ofProject(db, projectId),
          db.purged.where('projectId').equals(projectId).toArray(),
        ]);
        const bodyOf = new Map(bodies.map((b) => [b.id, b]));
        const documents = metas.map((meta): CorpusDocument => {
          const body = bodyOf.get(meta.id);
          if (!body) throw new Error(`Document ${meta.id} (${meta.name}) has no stored text.`);
          return joinDocument(meta, body);
        });
        const conflicts = await readConflicts(db, projectId);
        const records = {
          project,
          documents,
          codes,
          annotations,
          purged,
          ...(conflicts.length > 0 ? { conflicts } : {}),
        };
        const coders = (await db.coders.bulkGet(referencedCoderIds(records))).filter(
          (c) => c !== undefined,
        );
        return { ...records, coders };
      }),

    writeSnapshot: async (snapshot: ProjectSnapshot, options: LongWriteOptions = {}) => {
      const problem = snapshotProblem(snapshot);
      if (problem) throw new Error(problem);
      const projectId = snapshot.project.id;
      const total = snapshot.documents.length + snapshot.codes.length + snapshot.annotations.length;
      const writer = new ChunkedWriter(total, options);
      await db.transaction('rw', recordTables(db), async () => {
        options.signal?.throwIfAborted();
        if (await db.projects.get(snapshot.project.id)) {
          throw new Error(`This profile already has the project ${snapshot.project.id}.`);
        }
        await db.projects.add(snapshot.project);
        const known = await db.coders.bulkGet(snapshot.coders.map((c) => c.id));
        await db.coders.bulkAdd(snapshot.coders.filter((_, i) => known[i] === undefined));
        await writer.write(snapshot.documents, async (chunk) => {
          const rows = chunk.map((d) => splitDocument(d as CorpusDocument));
          await db.projectTexts.bulkAdd(rows.map((r) => r.body));
          await db.projectDocuments.bulkAdd(rows.map((r) => r.meta));
        });
        await writer.write(snapshot.codes, (chunk) => db.projectCodes.bulkAdd(chunk));
        await writer.write(
          packAnnotationPages(projectId, snapshot.annotations),
          (rows) => db.annotationPages.bulkAdd(rows),
          ROWS_PER_CHUNK,
          (rows) => rows.reduce((n, row) => n + row.size, 0),
        );
        if (snapshot.purged.length > 0) await db.purged.bulkAdd(snapshot.purged);
        const conflicts = (snapshot.conflicts ?? []).map((c) => conflictRow(projectId, c));
        if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
        await writeColumnsOf(db, projectId, snapshot.annotations);
      });
    },
  } satisfies Repository;
  return repository;
}

/** The Dexie repository's type. */
export type DexieRepository = ReturnType<typeof createDexieRepository>;
