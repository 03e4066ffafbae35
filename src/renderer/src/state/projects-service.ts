import * as commands from '../../../core/commands/projects';
import { newId, nowIso } from '../../../core/ids/new-id';
import type { Coder, Id, Project } from '../../../core/model/types';
import type { Session } from './session';

/** Setting keys kept in the database. */
const CURRENT_PROJECT = 'currentProjectId';

/** What opening a project needs besides records: its history and counts, its last document. */
export interface ProjectOpening {
  loadHistory(projectId: Id | null): Promise<void>;
  refreshCounts(): Promise<void>;
  reopenLastDocument(projectId: Id): Promise<void>;
}

/** The coder and projects: start-up, create, open, rename, delete. */
export function createProjectsService(session: Session, opening: ProjectOpening) {
  const { store, storage, changes } = session;

  /** Opens a project inside the current turn (callers hold the write queue). */
  async function openNow(projectId: Id | null): Promise<void> {
    if (projectId) await storage.setSetting(CURRENT_PROJECT, projectId);
    session.annotations.clear();
    const [documents, codes] = projectId
      ? await Promise.all([storage.listDocuments(projectId), storage.listCodes(projectId)])
      : [[], []];
    store.set({
      projectId,
      documents,
      codes,
      openDocument: null,
      annotationPreview: null,
      selectedAnnotationId: null,
      lastCodeId: null,
      annotationCounts: {},
      codeCounts: {},
      annotationsVersion: store.get().annotationsVersion + 1,
    });
    await opening.loadHistory(projectId);
    await opening.refreshCounts();
  }

  const service = {
    /** Loads the coder, projects and the last open project (and its last document). */
    async init(): Promise<void> {
      // An import cut short by a crash or a closed window left invisible rows: erase them.
      await storage.discardStagedImports();
      const coder = await storage.getCoder();
      const projects = await storage.listProjects();
      store.set({ coder: coder ?? null, projects });
      const current = (await storage.getSetting(CURRENT_PROJECT)) as string | undefined;
      const live = projects.filter((p) => !p.deleted);
      const project = live.find((p) => p.id === current) ?? live[0];
      if (project) {
        await service.switchProject(project.id);
        await opening.reopenLastDocument(project.id);
      }
      store.set({ ready: true });
    },

    /** Sets (or renames) the current coder. */
    async setCoderName(name: string): Promise<void> {
      const trimmed = name.trim();
      if (!trimmed) throw new Error('A coder name cannot be empty.');
      const existing = store.get().coder;
      const coder: Coder = existing
        ? { ...existing, name: trimmed }
        : { id: newId(), name: trimmed, createdAt: nowIso() };
      await storage.setCoder(coder);
      store.set({ coder });
    },

    /** Creates a project and opens it. */
    async createProject(name: string): Promise<Project> {
      const project = await changes.change(() => {
        const made = commands.createProject(newId(), name, session.context());
        return { set: made.set, value: made.project };
      });
      await service.switchProject(project.id);
      return project;
    },

    /** Opens another project: its documents, codebook, counts and saved history. */
    switchProject(projectId: Id): Promise<void> {
      return changes.serial(() => openNow(projectId));
    },

    /** Renames a project (undoable), from the project as it is when the turn comes. */
    renameProject(projectId: Id, name: string): Promise<void> {
      return changes.change(() => {
        const project = store.get().projects.find((p) => p.id === projectId);
        const set = project ? commands.renameProject(project, name, session.context()) : null;
        return { set, value: undefined };
      });
    },

    /** Moves a project to the trash and opens another one. */
    async deleteProject(projectId: Id): Promise<void> {
      await changes.serial(async () => {
        const project = store.get().projects.find((p) => p.id === projectId);
        if (!project || project.deleted) return;
        await changes.applyNow(commands.deleteProject(project, session.context()));
        if (store.get().projectId !== projectId) return;
        const next = store.get().projects.find((p) => !p.deleted);
        await openNow(next?.id ?? null);
      });
    },

    /** Opens a project inside the current turn; for other services that hold the queue. */
    openNow,
  };
  return service;
}

/** The projects service's type. */
export type ProjectsService = ReturnType<typeof createProjectsService>;
