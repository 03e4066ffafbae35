import type { PatchRecord, PatchTable } from '../../../core/undo/record-patch';
import type { Annotation, Code, CorpusDocument, Project } from '../../../core/model/types';
import type { MarginaliaDb } from './database';
import { hasBody, splitDocument, type DocumentMeta } from './rows';

/** A record a patch may carry: core's records, a document possibly as metadata without its body. */
export type StoredPatchRecord = PatchRecord;

/**
 * One change as storage accepts it. Core's `RecordChange` fits; a document may also be given as
 * metadata only (its body is left as stored), since the UI holds metadata for renames and memos.
 */
export interface StoredRecordChange {
  table: PatchTable;
  before: StoredPatchRecord | null;
  after: StoredPatchRecord | null;
}

/** Writes undo/redo patches. */
export interface PatchStore {
  /**
   * Writes the chosen side of every change in one transaction: `after` to do or redo, `before`
   * to undo. A null side deletes the record (undoing a creation, or redoing a purge); deleting a
   * document also deletes its body. Changes are applied in order for `after`, in reverse order
   * for `before`.
   */
  applyPatch(patch: readonly StoredRecordChange[], direction: 'before' | 'after'): Promise<void>;
}

/** The undo/redo part of the storage API, over `db`. */
export function createPatchStore(db: MarginaliaDb): PatchStore {
  async function write(
    change: StoredRecordChange,
    record: StoredPatchRecord | null,
  ): Promise<void> {
    const id = (change.before ?? change.after)?.id;
    if (id === undefined) return;
    switch (change.table) {
      case 'projects':
        await (record ? db.projects.put(record as Project) : db.projects.delete(id));
        return;
      case 'codes':
        await (record ? db.codes.put(record as Code) : db.codes.delete(id));
        return;
      case 'annotations':
        await (record ? db.annotations.put(record as Annotation) : db.annotations.delete(id));
        return;
      case 'documents': {
        if (!record) {
          await db.documents.delete(id);
          await db.documentTexts.delete(id);
          return;
        }
        const doc = record as DocumentMeta | CorpusDocument;
        if (hasBody(doc)) {
          const { meta, body } = splitDocument(doc);
          await db.documentTexts.put(body);
          await db.documents.put(meta);
        } else {
          await db.documents.put(doc);
        }
        return;
      }
    }
  }

  return {
    applyPatch: (patch, direction) =>
      db.transaction(
        'rw',
        [db.projects, db.documents, db.documentTexts, db.codes, db.annotations],
        async () => {
          const ordered = direction === 'after' ? patch : [...patch].reverse();
          for (const change of ordered) await write(change, change[direction]);
        },
      ),
  };
}
