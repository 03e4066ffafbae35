import type { Annotation, Code, Id } from '../../../core/model/types';
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
  listTrash(projectId: Id): Promise<TrashListing>;
}

/** The trash part of the storage API, over `db`. */
export function createTrashStore(db: MarginaliaDb): TrashStore {
  return {
    listTrash: (projectId) =>
      db.transaction('r', db.projectDocuments, db.projectCodes, db.projectAnnotations, async () => {
        const inProject = { projectId };
        const [documents, codes, annotations] = await Promise.all([
          db.projectDocuments
            .where(inProject)
            .filter((r) => r.deleted)
            .toArray(),
          db.projectCodes
            .where(inProject)
            .filter((r) => r.deleted)
            .toArray(),
          db.projectAnnotations
            .where(inProject)
            .filter((r) => r.deleted)
            .toArray(),
        ]);
        return { documents, codes, annotations };
      }),
  };
}
