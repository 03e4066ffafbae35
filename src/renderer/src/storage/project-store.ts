import type { Id, Project, Timestamp } from '../../../core/model/types';
import type { MarginaliaDb } from './database';

/** Projects: listed with their tombstones so the UI can show deleted ones in the trash. */
export interface ProjectStore {
  /** Every project, deleted ones included (check `deleted`), in creation (id) order. */
  listProjects(): Promise<Project[]>;
  getProject(id: Id): Promise<Project | undefined>;
  putProject(project: Project): Promise<void>;
  /**
   * Moves a project to the trash (tombstone), stamped by `coderId` at `now`. Returns the updated
   * project, or undefined if there is none with that id.
   */
  deleteProject(id: Id, coderId: Id, now: Timestamp): Promise<Project | undefined>;
}

/** The projects part of the storage API, over `db`. */
export function createProjectStore(db: MarginaliaDb): ProjectStore {
  return {
    listProjects: () => db.projects.toArray(),
    getProject: (id) => db.projects.get(id),
    putProject: async (project) => {
      await db.projects.put(project);
    },
    deleteProject: (id, coderId, now) =>
      db.transaction('rw', db.projects, async () => {
        const project = await db.projects.get(id);
        if (!project) return undefined;
        const deleted: Project = { ...project, deleted: true, updatedBy: coderId, updatedAt: now };
        await db.projects.put(deleted);
        return deleted;
      }),
  };
}
