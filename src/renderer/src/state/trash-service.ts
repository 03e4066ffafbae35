import * as commands from '../../../core/commands/trash';
import type { RecordKind } from '../../../core/model/snapshot';
import type { Annotation, Code, Id } from '../../../core/model/types';
import type { TrashTable } from '../storage';
import { nextTask } from './next-task';
import type { Session } from './session';

/** The trash's table names as record kinds. */
const KIND: Record<TrashTable, RecordKind> = {
  projects: 'project',
  documents: 'document',
  codes: 'code',
  annotations: 'annotation',
};

/** The trash: restore a record (undoable), or delete it for good leaving a tombstone. */
export function createTrashService(
  session: Session,
  deps: { openNow(projectId: Id | null): Promise<void> },
) {
  const { store, storage, changes } = session;

  /** The record as stored now, read in the turn. */
  async function stored(table: TrashTable, id: Id) {
    const projectId = table === 'projects' ? id : store.get().projectId;
    if (!projectId) return undefined;
    const [record] = await storage.getRecords(projectId, KIND[table], [id]);
    return record;
  }

  return {
    /** Restores a record from the trash as an undoable change. */
    restoreFromTrash(table: TrashTable, id: Id): Promise<void> {
      return changes.serial(async () => {
        const record = await stored(table, id);
        if (!record?.deleted) return;
        const set = commands.restoreRecord(KIND[table], record as never, session.context());
        await changes.applyNow(set);
        if (table === 'projects' && !store.get().projectId) await deps.openNow(id);
      });
    },

    /**
     * Deletes a record in the trash for good (not undoable; the UI asks first), in its turn.
     * A contentless tombstone stays, so a teammate's file never brings it back. A project is
     * erased whole, with everything in it.
     */
    purge(table: TrashTable, id: Id): Promise<void> {
      return changes.serial(async () => {
        if (table === 'projects') {
          await purgeProject(id);
          return;
        }
        const record = await stored(table, id);
        const projectId = store.get().projectId;
        if (!record?.deleted || !projectId) return;
        const kind = KIND[table] as Exclude<RecordKind, 'project'>;
        let annotations: Annotation[] = [];
        if (kind === 'document') annotations = await storage.listAnnotations(projectId, id);
        if (kind === 'code') annotations = await storage.annotationsWithCode(projectId, id);
        const codes = kind === 'code' ? await storage.listCodes(projectId) : [];
        const scope = { documents: [], codes, annotations };
        const set =
          kind === 'code'
            ? // A code on thousands of annotations re-stamps them in steps, each a short task
              // (100 a step: 200 hashed in one took 100 ms on a loaded machine at 100,000).
              await commands.purgeCodeInSteps(
                record as Code,
                scope,
                session.context(),
                nextTask,
                100,
              )
            : commands.purgeRecord(kind, record as never, scope, session.context());
        await changes.applyNow(set);
      });
    },
  };

  /** Erases a trashed project and everything in it (within the current turn). */
  async function purgeProject(id: Id): Promise<void> {
    const snapshot = await storage.readSnapshot(id);
    if (!snapshot?.project.deleted) return;
    await changes.applyNow(commands.purgeProject(snapshot, session.context()));
  }
}
