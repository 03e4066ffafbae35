import type { Table } from 'dexie';
import type { Annotation, Code, Id, Stamped, Timestamp } from '../../../core/model/types';
import type { PatchTable } from '../../../core/undo/record-patch';
import type { MarginaliaDb } from './database';
import type { DocumentMeta } from './rows';

/** The tables whose records go to the trash (tombstones) and can be restored or purged. */
export type TrashTable = PatchTable;

/** What a project's trash holds. Deleted projects are listed by `listProjects` instead. */
export interface TrashListing {
  documents: DocumentMeta[];
  codes: Code[];
  annotations: Annotation[];
}

/** The trash: tombstoned records, restorable until purged. */
export interface TrashStore {
  listTrash(projectId: Id): Promise<TrashListing>;
  /**
   * Clears a record's tombstone, stamped by `coderId` at `now`. Returns false when there is no
   * such record or it is not deleted.
   */
  restore(table: TrashTable, id: Id, coderId: Id, now: Timestamp): Promise<boolean>;
  /**
   * Really deletes a record that is in the trash (returns false, touching nothing, if it is not
   * tombstoned). Purging a document also purges its body and annotations; a project, everything
   * in it; a code is removed from annotations' code lists and its child codes move up to its
   * parent, so nothing points at a missing code. Purging is local housekeeping: the records
   * tidied up keep their stamps.
   */
  purge(table: TrashTable, id: Id): Promise<boolean>;
}

/** The trash part of the storage API, over `db`. */
export function createTrashStore(db: MarginaliaDb): TrashStore {
  // Every trash table holds `Stamped` records keyed by id; one view of them keeps restore and
  // purge generic (Dexie's per-table types do not unify on their own).
  const tableOf = (table: TrashTable) => db[table] as unknown as Table<Stamped, Id>;

  async function purgeDocuments(ids: readonly Id[]): Promise<void> {
    await db.annotations
      .where('documentId')
      .anyOf([...ids])
      .delete();
    await db.documentTexts.bulkDelete([...ids]);
    await db.documents.bulkDelete([...ids]);
  }

  async function purgeCode(code: Code): Promise<void> {
    await db.codes
      .where('projectId')
      .equals(code.projectId)
      .modify((c) => {
        if (c.parentId === code.id) c.parentId = code.parentId;
      });
    await db.annotations
      .where('projectId')
      .equals(code.projectId)
      .modify((a) => {
        if (a.codeIds.includes(code.id)) a.codeIds = a.codeIds.filter((c) => c !== code.id);
      });
    await db.codes.delete(code.id);
  }

  async function purgeProject(id: Id): Promise<void> {
    const documentIds = await db.documents.where('projectId').equals(id).primaryKeys();
    await purgeDocuments(documentIds);
    await db.annotations.where('projectId').equals(id).delete();
    await db.codes.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  }

  return {
    listTrash: (projectId) =>
      db.transaction('r', db.documents, db.codes, db.annotations, async () => {
        const inProject = { projectId };
        const [documents, codes, annotations] = await Promise.all([
          db.documents
            .where(inProject)
            .filter((r) => r.deleted)
            .toArray(),
          db.codes
            .where(inProject)
            .filter((r) => r.deleted)
            .toArray(),
          db.annotations
            .where(inProject)
            .filter((r) => r.deleted)
            .toArray(),
        ]);
        return { documents, codes, annotations };
      }),
    restore: (table, id, coderId, now) =>
      db.transaction('rw', tableOf(table), async () => {
        const record = await tableOf(table).get(id);
        if (!record?.deleted) return false;
        await tableOf(table).put({ ...record, deleted: false, updatedBy: coderId, updatedAt: now });
        return true;
      }),
    purge: (table, id) =>
      db.transaction(
        'rw',
        [db.projects, db.documents, db.documentTexts, db.codes, db.annotations],
        async () => {
          const record = await tableOf(table).get(id);
          if (!record?.deleted) return false;
          if (table === 'documents') await purgeDocuments([id]);
          else if (table === 'codes') await purgeCode(record as Code);
          else if (table === 'projects') await purgeProject(id);
          else await db.annotations.delete(id);
          return true;
        },
      ),
  };
}
