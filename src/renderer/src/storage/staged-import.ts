import Dexie from 'dexie';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type { CorpusDocument, Id } from '../../../core/model/types';
import type { LongWriteOptions } from '../../../core/repository/repository';
import { conflictKey } from '../../../core/merge/combine';
import { snapshotProblem } from '../../../core/repository/snapshot-checks';
import { columnsRowsOf } from './annotation-columns-store';
import { annotationPages, packAnnotationPages, PAGE_TARGET } from './annotation-pages';
import { ChunkedWriter } from './chunked-write';
import { writeStagedChunk, type StoreRows } from './staged-chunk';
import type { MarginaliaDb } from './database';
import { splitDocument } from './rows';

/** Settings key prefix of the marker an unfinished import leaves: `stagedImport:<projectId>`. */
const MARKER = 'stagedImport:';

/**
 * How long a marker may go untouched before its import counts as dead (the tab or worker that
 * wrote it crashed or was closed). Every chunk touches it, and a chunk takes well under a second,
 * so a live import is never taken for a dead one.
 */
export const STAGED_IMPORT_STALE_MS = 60_000;

/**
 * Annotations per chunk (one transaction each), as whole rows of `PAGE_TARGET`. Measured at
 * 100,000 in Chromium: the writes cost per stored row and byte, so bigger chunks only save the
 * per-transaction overhead while cancel still answers at once (it aborts the chunk under way);
 * see docs/performance.md.
 */
const RECORD_CHUNK_SIZE = 10_000;

/** What a marker holds: when its import last wrote a chunk. */
interface MarkerValue {
  touchedAt: number;
}

/** Thrown when an import finds its project already in the profile (nothing was written). */
export class ProjectExistsError extends Error {
  constructor(readonly projectId: Id) {
    super(`This profile already has the project ${projectId}.`);
    this.name = 'ProjectExistsError';
  }
}

/** Writing whole projects in short transactions that only become visible when the last commits. */
export interface StagedImportStore {
  /**
   * Writes a project this profile does not have in chunks, each its own short transaction, under
   * a staging marker. The records are invisible (no project row lists them) until the last
   * transaction adds the project row and removes the marker together: the import lands whole or
   * not at all. Cancelled or failed, it erases what it wrote before rethrowing; a crash leaves
   * the marker, and `discardStagedImports` erases the rest at the next start.
   * Throws `ProjectExistsError` when the project is already here.
   */
  writeProjectStaged(snapshot: ProjectSnapshot, options?: LongWriteOptions): Promise<void>;
  /**
   * Erases the records of unfinished imports whose marker has gone stale (all of them with
   * `{ olderThanMs: 0 }`); returns the projects cleaned. Run at start-up.
   */
  discardStagedImports(options?: { olderThanMs?: number }): Promise<Id[]>;
}

/** The tables a staged import writes record rows into, keyed `[projectId+id]`. */
function stagedTables(db: MarginaliaDb) {
  return [db.projectTexts, db.projectDocuments, db.projectCodes];
}

/** Erases every record row of a project (staged rows have no project row to list them). */
async function eraseRows(db: MarginaliaDb, projectId: Id): Promise<void> {
  for (const table of stagedTables(db)) {
    await table
      .where('[projectId+id]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
      .delete();
  }
  await annotationPages.eraseProject(db, projectId);
}

/**
 * Erases a staged import's rows and its marker, in one transaction. Rows of a project that has
 * landed (its row exists: another window imported it, or this one got that far) are never
 * erased, only the marker.
 */
async function discard(db: MarginaliaDb, projectId: Id): Promise<void> {
  const tables = [db.projects, ...stagedTables(db), db.annotationPages, db.settings];
  await db.transaction('rw', tables, async () => {
    if (!(await db.projects.get(projectId))) await eraseRows(db, projectId);
    await db.settings.delete(MARKER + projectId);
  });
}

/** The staged-import part of the storage API, over `db`. */
export function createStagedImportStore(db: MarginaliaDb): StagedImportStore {
  const store: StagedImportStore = {
    async writeProjectStaged(snapshot, options = {}) {
      const problem = snapshotProblem(snapshot);
      if (problem) throw new Error(problem);
      const projectId = snapshot.project.id;
      const key = MARKER + projectId;
      const touch = () => db.settings.put({ key, value: { touchedAt: Date.now() } });
      options.signal?.throwIfAborted();
      let stale = false;
      await db.transaction('rw', db.projects, db.settings, async () => {
        if (await db.projects.get(projectId)) throw new ProjectExistsError(projectId);
        const marker = (await db.settings.get(key))?.value as MarkerValue | undefined;
        if (marker && Date.now() - marker.touchedAt < STAGED_IMPORT_STALE_MS) {
          throw new Error(
            'This project is being imported in another window (or an import of it stopped less than a minute ago). Try again in a minute.',
          );
        }
        stale = marker !== undefined;
        await touch();
      });
      // Rows a dead import of the same project left behind must not mix with this one's.
      if (stale) await eraseRows(db, projectId);
      /** One chunk in its own transaction, refused if the marker was discarded meanwhile. */
      const chunk = (parts: StoreRows[]) =>
        writeStagedChunk(
          db.backendDB(),
          parts,
          { key, value: { touchedAt: Date.now() } satisfies MarkerValue },
          options.signal,
        );
      const total = snapshot.documents.length + snapshot.codes.length + snapshot.annotations.length;
      const writer = new ChunkedWriter(total, options);
      try {
        await writer.write(snapshot.documents, (docs) => {
          const rows = docs.map((d) => splitDocument(d as CorpusDocument));
          return chunk([
            { store: db.projectTexts.name, rows: rows.map((r) => r.body) },
            { store: db.projectDocuments.name, rows: rows.map((r) => r.meta) },
          ]);
        });
        await writer.write(snapshot.codes, (codes) =>
          chunk([{ store: db.projectCodes.name, rows: codes }]),
        );
        // A chunk smaller than a row (tests) cuts rows of its size, one per chunk.
        const chunkSize = Math.max(1, options.chunkSize ?? RECORD_CHUNK_SIZE);
        const rowSize = Math.min(PAGE_TARGET, chunkSize);
        await writer.write(
          packAnnotationPages(projectId, snapshot.annotations, rowSize),
          (rows) => chunk([{ store: db.annotationPages.name, rows }]),
          Math.max(1, Math.round(chunkSize / rowSize)),
          (rows) => rows.reduce((n, row) => n + row.size, 0),
        );
        options.signal?.throwIfAborted();
        // Each document's annotation snapshot lands with the project, so its first open paints
        // from it instead of reading every full record first.
        const columns = columnsRowsOf(projectId, snapshot.documents, snapshot.annotations);
        options.signal?.throwIfAborted();
        // The landing: project row, coders, tombstones, conflicts, snapshots, marker gone, in
        // one transaction.
        const landing = [
          db.projects,
          db.coders,
          db.purged,
          db.conflicts,
          db.annotationColumns,
          db.settings,
        ];
        /** The landing transaction's writes. */
        const landProject = async () => {
          if (!(await db.settings.get(key)))
            throw new Error('The import was discarded while it was being written.');
          if (await db.projects.get(projectId)) throw new ProjectExistsError(projectId);
          const known = await db.coders.bulkGet(snapshot.coders.map((c) => c.id));
          await db.coders.bulkAdd(snapshot.coders.filter((_, i) => known[i] === undefined));
          if (snapshot.purged.length > 0) await db.purged.bulkPut(snapshot.purged);
          const conflicts = (snapshot.conflicts ?? []).map((conflict) => ({
            projectId,
            key: conflictKey(conflict),
            conflict,
          }));
          if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
          await db.annotationColumns.bulkPut(columns);
          await db.projects.add(snapshot.project);
          await db.settings.delete(key);
        };
        // A cancel while the landing is under way aborts it (until it commits): the import
        // is then not there, as the cancel said.
        let abortLanding: (() => void) | null = null;
        options.signal?.addEventListener('abort', () => abortLanding?.(), { once: true });
        await db
          .transaction('rw', landing, async () => {
            const tx = Dexie.currentTransaction;
            abortLanding = () => tx.abort();
            options.signal?.throwIfAborted();
            await landProject();
            options.signal?.throwIfAborted();
          })
          .catch((error: unknown) => {
            throw options.signal?.aborted ? options.signal.reason : error;
          })
          .finally(() => (abortLanding = null));
      } catch (error) {
        await discard(db, projectId).catch(() => undefined);
        throw error;
      }
    },

    async discardStagedImports({ olderThanMs = STAGED_IMPORT_STALE_MS } = {}) {
      const markers = await db.settings.where('key').startsWith(MARKER).toArray();
      const dead = markers.filter(
        (m) => Date.now() - ((m.value as MarkerValue | undefined)?.touchedAt ?? 0) >= olderThanMs,
      );
      const ids = dead.map((m) => m.key.slice(MARKER.length));
      for (const id of ids) await discard(db, id);
      return ids;
    },
  };
  return store;
}
