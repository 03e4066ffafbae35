import Dexie from 'dexie';
import type { Annotation, Id } from '../../../core/model/types';
import type { MarginaliaDb } from './database';
import type { AnnotationPageRow } from './rows';

/**
 * Annotations per row when a whole document's are written at once (import, snapshot, upgrade).
 * A coding write reads and rewrites one row, so its transaction grows with the row; an import
 * writes one row per this many annotations. Measured in Chromium at 100,000 annotations in one
 * document (loaded machine): rewriting one row took 8 ms (median) at 250 and 30 ms at 1,000,
 * against 2.6 ms for one record before version 7; see docs/performance.md.
 */
export const PAGE_TARGET = 250;

/** A row grown past this many annotations (by coding) is split into rows of `PAGE_TARGET`. */
export const PAGE_MAX = 2 * PAGE_TARGET;

/** IndexedDB's order of string keys (UTF-16 code units), which JavaScript's `<` also uses. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Index of the last element of sorted `keys` that is ≤ `id`, or -1. */
function lastAtOrBefore(keys: readonly string[], id: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of `id` in annotations sorted by id, or where it would go (as `-(insertAt) - 1`). */
function findIn(annotations: readonly Annotation[], id: string): number {
  let lo = 0;
  let hi = annotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = annotations[mid]!.id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid;
  }
  return -lo - 1;
}

/**
 * A row holding `annotations` (sorted by id), with its derived fields filled in; exported for
 * the upgrade to version 7, which fills rows as it reads.
 */
export function annotationRow(
  projectId: Id,
  documentId: Id,
  firstId: string,
  annotations: Annotation[],
): AnnotationPageRow {
  const codeIds = new Set<Id>();
  for (const a of annotations) for (const c of a.codeIds) codeIds.add(c);
  return {
    projectId,
    documentId,
    firstId,
    annotations,
    size: annotations.length,
    codeIds: [...codeIds],
  };
}

/** Cuts one document's annotations, sorted by id, into rows of `size`, the first keyed ''. */
function cutDocument(
  projectId: Id,
  documentId: Id,
  sorted: Annotation[],
  size: number,
): AnnotationPageRow[] {
  const rows: AnnotationPageRow[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    rows.push(
      annotationRow(projectId, documentId, i === 0 ? '' : sorted[i]!.id, sorted.slice(i, i + size)),
    );
  }
  return rows;
}

/**
 * The rows a whole new set of annotations is stored as (an import, a snapshot, the upgrade to
 * version 7): per document, sorted by id and cut into rows of `PAGE_TARGET`. Every annotation
 * must belong to `projectId`; ids must be unique per document.
 */
export function packAnnotationPages(
  projectId: Id,
  annotations: readonly Annotation[],
  size = PAGE_TARGET,
): AnnotationPageRow[] {
  const byDocument = new Map<Id, Annotation[]>();
  for (const a of annotations) {
    const list = byDocument.get(a.documentId);
    if (list) list.push(a);
    else byDocument.set(a.documentId, [a]);
  }
  const rows: AnnotationPageRow[] = [];
  for (const [documentId, list] of byDocument) {
    rows.push(...cutDocument(projectId, documentId, list.sort(byId), size));
  }
  return rows;
}

/** The annotations held by `rows`, in row order. */
export function annotationsOfPages(rows: readonly AnnotationPageRow[]): Annotation[] {
  const out: Annotation[] = [];
  for (const row of rows) for (const a of row.annotations) out.push(a);
  return out;
}

/** The key range of one document's rows (or, without `documentId`, of a whole project's). */
function rangeOf(db: MarginaliaDb, projectId: Id, documentId?: Id) {
  const lower =
    documentId === undefined ? [projectId, Dexie.minKey] : [projectId, documentId, Dexie.minKey];
  const upper =
    documentId === undefined ? [projectId, Dexie.maxKey] : [projectId, documentId, Dexie.maxKey];
  return db.annotationPages.where(':id').between(lower, upper, true, true);
}

/**
 * Reads and writes of annotations as paged rows (schema version 7): every reader and writer of
 * annotations in this folder goes through here, so the row layout stays one module's business.
 *
 * Layout: a document's annotations, sorted by id, are cut into rows keyed
 * `[projectId, documentId, firstId]`; a row holds the ids from its `firstId` up to the next
 * row's, and a document's first row is keyed ''. So the row of any annotation is found from its
 * document and id alone (the last row key ≤ id), one annotation's write rewrites one row of at
 * most `PAGE_MAX` records, and a whole import is a few hundred rows instead of one record per
 * annotation with three indexes each (the cost that kept imports over budget).
 */
export const annotationPages = {
  /** Every annotation of the document, tombstones included, sorted by id. */
  async ofDocument(db: MarginaliaDb, projectId: Id, documentId: Id): Promise<Annotation[]> {
    return annotationsOfPages(await rangeOf(db, projectId, documentId).toArray());
  },

  /** The annotations of several documents of a project, tombstones included. */
  async ofDocuments(
    db: MarginaliaDb,
    projectId: Id,
    documentIds: readonly Id[],
  ): Promise<Annotation[]> {
    const lists = await Promise.all(documentIds.map((d) => this.ofDocument(db, projectId, d)));
    return lists.flat();
  },

  /** Every annotation of the project, tombstones included, by document then id. */
  async ofProject(db: MarginaliaDb, projectId: Id): Promise<Annotation[]> {
    return annotationsOfPages(await rangeOf(db, projectId).toArray());
  },

  /**
   * The project's tombstones (annotations in the trash), its rows read `ROWS_PER_CHUNK` at a
   * time and kept only for what they hold in the trash: at 100,000 annotations, reading every
   * row in one request held the UI thread for 300 ms each time the Trash dialog listed them.
   */
  async deletedOfProject(db: MarginaliaDb, projectId: Id): Promise<Annotation[]> {
    const keys = (await rangeOf(db, projectId).primaryKeys()) as unknown as [Id, Id, string][];
    const out: Annotation[] = [];
    await eachRowInChunks(db, keys, (row) => {
      for (const a of row?.annotations ?? []) if (a.deleted) out.push(a);
    });
    return out;
  },

  /** Calls `visit` with each annotation of the project (tombstones included), row by row. */
  async eachOfProject(
    db: MarginaliaDb,
    projectId: Id,
    visit: (a: Annotation) => void,
  ): Promise<void> {
    await rangeOf(db, projectId).each((row) => {
      for (const a of row.annotations) visit(a);
    });
  },

  /**
   * The document's annotations (tombstones included) whose ids lie between `firstId` and
   * `lastId` inclusive: only the rows covering that span are read, so a large document can be
   * loaded in short steps.
   */
  async between(
    db: MarginaliaDb,
    projectId: Id,
    documentId: Id,
    firstId: Id,
    lastId: Id,
  ): Promise<Annotation[]> {
    const keys = (await rangeOf(db, projectId, documentId).primaryKeys()) as unknown as [
      Id,
      Id,
      string,
    ][];
    const firstIds = keys.map((k) => k[2]);
    const from = Math.max(0, lastAtOrBefore(firstIds, firstId));
    const to = lastAtOrBefore(firstIds, lastId);
    if (to < from) return [];
    const rows = await db.annotationPages.bulkGet(keys.slice(from, to + 1));
    const out: Annotation[] = [];
    for (const row of rows)
      for (const a of row?.annotations ?? []) if (a.id >= firstId && a.id <= lastId) out.push(a);
    return out;
  },

  /** How many annotation records (tombstones included) the document has, from row keys alone. */
  async countOfDocument(db: MarginaliaDb, projectId: Id, documentId: Id): Promise<number> {
    const keys = (await db.annotationPages
      .where('[projectId+documentId+size]')
      .between([projectId, documentId, Dexie.minKey], [projectId, documentId, Dexie.maxKey])
      .keys()) as unknown as [Id, Id, number][];
    return keys.reduce((sum, k) => sum + k[2], 0);
  },

  /**
   * The project's annotations carrying `codeId` (tombstones included): only rows holding it,
   * found by key and read `ROWS_PER_CHUNK` at a time in one read transaction, so a code on
   * every row of a large document never reads them all in one main-thread task.
   */
  withCode(db: MarginaliaDb, projectId: Id, codeId: Id): Promise<Annotation[]> {
    return db.transaction('r', db.annotationPages, async () => {
      const keys = (await db.annotationPages
        .where('codeIds')
        .equals(codeId)
        .primaryKeys()) as unknown as [Id, Id, string][];
      const out: Annotation[] = [];
      await eachRowInChunks(
        db,
        keys.filter((k) => k[0] === projectId),
        (row) => {
          for (const a of row?.annotations ?? []) if (a.codeIds.includes(codeId)) out.push(a);
        },
      );
      return out;
    });
  },

  /**
   * The project's annotations with these ids, in order (undefined where none), for callers that
   * know no document: each document's row that could hold each id is read (keys first).
   */
  async byIds(
    db: MarginaliaDb,
    projectId: Id,
    ids: readonly Id[],
  ): Promise<(Annotation | undefined)[]> {
    if (ids.length === 0) return [];
    const keys = (await rangeOf(db, projectId).primaryKeys()) as unknown as [Id, Id, string][];
    const byDocument = new Map<Id, string[]>();
    for (const [, documentId, firstId] of keys) {
      const list = byDocument.get(documentId);
      if (list) list.push(firstId);
      else byDocument.set(documentId, [firstId]);
    }
    const wanted = new Map<string, [Id, Id, string]>();
    for (const id of ids) {
      for (const [documentId, firstIds] of byDocument) {
        const at = lastAtOrBefore(firstIds, id);
        if (at >= 0)
          wanted.set(`${documentId}\n${firstIds[at]}`, [projectId, documentId, firstIds[at]!]);
      }
    }
    // A few rows per request: ids spread over a project (a merge's 15,000) name most rows.
    const rows = await getRowsInChunks(db, [...wanted.values()]);
    const found = new Map<Id, Annotation>();
    const idSet = new Set(ids);
    for (const row of rows)
      for (const a of row?.annotations ?? []) if (idSet.has(a.id)) found.set(a.id, a);
    return ids.map((id) => found.get(id));
  },

  /** Erases every row of the project (its annotations, tombstones included). */
  async eraseProject(db: MarginaliaDb, projectId: Id): Promise<void> {
    await rangeOf(db, projectId).delete();
  },
};

/** One row being edited in a transaction, and whether it changed. */
interface LoadedRow {
  row: AnnotationPageRow;
  dirty: boolean;
}

/**
 * The rows a transaction edits, loaded once and written back once (`flush`): a change set's
 * annotations are looked up (for the stale-write check) and replaced here, in memory, then their
 * rows are written, split when grown past `PAGE_MAX` and erased when emptied. Use inside one
 * read-write transaction over `annotationPages`.
 */
export class AnnotationPageEditor {
  /** Per document: its rows' first ids, sorted. */
  private readonly firstIds = new Map<Id, string[]>();
  /** Loaded rows by `documentId\nfirstId`. */
  private readonly rows = new Map<string, LoadedRow>();

  constructor(
    private readonly db: MarginaliaDb,
    private readonly projectId: Id,
  ) {}

  /** Loads the rows that hold (or would hold) each annotation: row keys first, then the rows. */
  async load(refs: readonly { documentId: Id; id: Id }[]): Promise<void> {
    const documents = [...new Set(refs.map((r) => r.documentId))].filter(
      (d) => !this.firstIds.has(d),
    );
    await Promise.all(
      documents.map(async (documentId) => {
        const keys = (await rangeOf(
          this.db,
          this.projectId,
          documentId,
        ).primaryKeys()) as unknown as [Id, Id, string][];
        this.firstIds.set(
          documentId,
          keys.map((k) => k[2]),
        );
      }),
    );
    const wanted = new Map<string, [Id, Id, string]>();
    for (const { documentId, id } of refs) {
      const firstId = this.firstIdFor(documentId, id);
      const key = `${documentId}\n${firstId}`;
      if (!this.rows.has(key)) wanted.set(key, [this.projectId, documentId, firstId]);
    }
    const keys = [...wanted.keys()];
    const found = await getRowsInChunks(this.db, [...wanted.values()]);
    keys.forEach((key, i) => {
      const [, documentId, firstId] = wanted.get(key)!;
      this.rows.set(key, {
        row: found[i] ?? annotationRow(this.projectId, documentId, firstId, []),
        dirty: false,
      });
    });
  }

  /** The key of the row holding (or to hold) an annotation: its document's last row ≤ id, or ''. */
  private firstIdFor(documentId: Id, id: Id): string {
    const firstIds = this.firstIds.get(documentId);
    if (!firstIds) throw new Error(`Annotation rows of document ${documentId} were not loaded.`);
    const at = lastAtOrBefore(firstIds, id);
    return at >= 0 ? firstIds[at]! : '';
  }

  private loaded(documentId: Id, id: Id): LoadedRow {
    const key = `${documentId}\n${this.firstIdFor(documentId, id)}`;
    const loaded = this.rows.get(key);
    if (!loaded) throw new Error(`The annotation row of ${id} was not loaded.`);
    return loaded;
  }

  /** The stored annotation (as edited so far), or undefined. Load its row first. */
  get(documentId: Id, id: Id): Annotation | undefined {
    const { row } = this.loaded(documentId, id);
    const at = findIn(row.annotations, id);
    return at >= 0 ? row.annotations[at] : undefined;
  }

  /** Stores `annotation` (replacing the one with its id in its document). Load its row first. */
  put(annotation: Annotation): void {
    const loaded = this.loaded(annotation.documentId, annotation.id);
    const list = loaded.row.annotations;
    const at = findIn(list, annotation.id);
    if (at >= 0) list[at] = annotation;
    else list.splice(-at - 1, 0, annotation);
    loaded.dirty = true;
  }

  /** Removes the annotation with `id` from its document, if stored. Load its row first. */
  delete(documentId: Id, id: Id): void {
    const loaded = this.loaded(documentId, id);
    const at = findIn(loaded.row.annotations, id);
    if (at < 0) return;
    loaded.row.annotations.splice(at, 1);
    loaded.dirty = true;
  }

  /**
   * Writes every changed row: split past `PAGE_MAX`, erased when empty. Rows are made and put
   * `ROWS_PER_CHUNK` at a time (a put clones its rows on the calling thread), so rewriting
   * every row of a large document is many short tasks.
   */
  async flush(): Promise<void> {
    const deletes: [Id, Id, string][] = [];
    let puts: AnnotationPageRow[] = [];
    let wrote = false;
    const put = async () => {
      if (puts.length === 0) return;
      const chunk = puts;
      puts = [];
      wrote = true;
      await this.db.annotationPages.bulkPut(chunk);
    };
    const dirty = [...this.rows.values()].filter((loaded) => loaded.dirty);
    for (const { row } of dirty)
      if (row.annotations.length === 0) deletes.push([this.projectId, row.documentId, row.firstId]);
    if (deletes.length > 0) await this.db.annotationPages.bulkDelete(deletes);
    for (const loaded of dirty) {
      loaded.dirty = false;
      const { documentId, firstId, annotations } = loaded.row;
      if (annotations.length === 0) continue;
      if (annotations.length <= PAGE_MAX) {
        puts.push(annotationRow(this.projectId, documentId, firstId, annotations));
      } else {
        const parts = cutDocument(this.projectId, documentId, annotations, PAGE_TARGET);
        parts[0] = annotationRow(this.projectId, documentId, firstId, parts[0]!.annotations);
        puts.push(...parts);
      }
      if (puts.length >= ROWS_PER_CHUNK) await put();
    }
    await put();
    // Rows split or erased change the layout: later loads re-read the keys.
    if (deletes.length > 0 || wrote) {
      this.firstIds.clear();
      this.rows.clear();
    }
  }
}

/**
 * Annotation rows per bulk read or write of many rows (about `DEFAULT_CHUNK_SIZE` annotations):
 * each call's rows are cloned in one main-thread task, so a call of every row of a document of
 * 100,000 annotations took hundreds of ms (see docs/performance.md).
 */
export const ROWS_PER_CHUNK = 8;

/**
 * Rows by key (undefined where none), read `ROWS_PER_CHUNK` at a time, one call after another:
 * inside a transaction the calls keep it alive, and each call's rows arrive in a task of their own.
 */
async function getRowsInChunks(
  db: MarginaliaDb,
  keys: readonly [Id, Id, string][],
): Promise<(AnnotationPageRow | undefined)[]> {
  const out: (AnnotationPageRow | undefined)[] = [];
  await eachRowInChunks(db, keys, (row) => out.push(row));
  return out;
}

/**
 * Reads the rows with these keys `ROWS_PER_CHUNK` per request and hands each to `visit` as its
 * request lands, so a caller that keeps only part of each row never holds them all at once.
 */
async function eachRowInChunks(
  db: MarginaliaDb,
  keys: readonly [Id, Id, string][],
  visit: (row: AnnotationPageRow | undefined) => void,
): Promise<void> {
  for (let i = 0; i < keys.length; i += ROWS_PER_CHUNK)
    for (const row of await db.annotationPages.bulkGet(keys.slice(i, i + ROWS_PER_CHUNK)))
      visit(row);
}
