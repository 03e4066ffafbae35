import { versionOf } from '../../../core/changes/change-set';
import type { Annotation, Code, Id } from '../../../core/model/types';
import { annotationPages } from './annotation-pages';
import type { MarginaliaDb } from './database';
import type { DocumentMeta } from './rows';

/** The tables whose records go to the trash (tombstones) and can be restored or purged. */
export type TrashTable = 'documents' | 'codes' | 'annotations' | 'projects';

/** What a project's trash holds. Deleted projects are listed by `listProjects` instead. */
export interface TrashListing {
  documents: DocumentMeta[];
  codes: Code[];
  annotations: Annotation[];
}

/** The trash as a view: tombstoned records. Restoring and purging are commands (core/commands/trash). */
export interface TrashStore {
  /** The project's tombstones, except the ones `hideFromTrash` names at their current version. */
  listTrash(projectId: Id): Promise<TrashListing>;
  /**
   * Keeps tombstones out of the trash while they stay at the given versions (by `kind:id`): a
   * creation the coder undid is gone, not deleted; redo, not the trash, brings it back. Any
   * later change to the record (redo, a merge) makes it a record like any other again.
   */
  hideFromTrash(projectId: Id, versions: Record<string, string>): Promise<void>;
}

/** The settings key of a project's hidden tombstones. */
const hiddenKey = (projectId: Id) => `hiddenFromTrash:${projectId}`;

/** The trash part of the storage API, over `db`. */
export function createTrashStore(db: MarginaliaDb): TrashStore {
  return {
    hideFromTrash: (projectId, versions) =>
      db.transaction('rw', db.settings, async () => {
        const key = hiddenKey(projectId);
        const hidden = ((await db.settings.get(key))?.value ?? {}) as Record<string, string>;
        await db.settings.put({ key, value: { ...hidden, ...versions } });
      }),

    listTrash: (projectId) =>
      db.transaction(
        'r',
        [db.settings, db.projectDocuments, db.projectCodes, db.annotationPages],
        async () => {
          const hidden = ((await db.settings.get(hiddenKey(projectId)))?.value ?? {}) as Record<
            string,
            string
          >;
          const shown =
            (kind: string) => (r: { id: Id; deleted: boolean; rev?: string; updatedAt: string }) =>
              r.deleted && hidden[`${kind}:${r.id}`] !== versionOf(r);
          const inProject = { projectId };
          const [documents, codes, annotations] = await Promise.all([
            db.projectDocuments.where(inProject).filter(shown('document')).toArray(),
            db.projectCodes.where(inProject).filter(shown('code')).toArray(),
            annotationPages
              .deletedOfProject(db, projectId)
              .then((list) => list.filter(shown('annotation'))),
          ]);
          return { documents, codes, annotations };
        },
      ),
  };
}
