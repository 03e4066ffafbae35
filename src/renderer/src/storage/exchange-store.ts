import type {
  Annotation,
  Code,
  Coder,
  CorpusDocument,
  Id,
  Project,
} from '../../../core/model/types';
import { ChunkedWriter, type BulkWriteOptions } from './chunked-write';
import type { MarginaliaDb } from './database';
import { joinDocument, splitDocument } from './rows';

/** Everything a project holds, tombstones included: what export writes and import reads. */
export interface ProjectData {
  project: Project;
  /** The coders the project's records name (`createdBy`, `updatedBy`) that this profile knows. */
  coders: Coder[];
  /** Whole documents, bodies included. */
  documents: CorpusDocument[];
  codes: Code[];
  annotations: Annotation[];
}

/**
 * How to import. `new-project`: the data becomes a project this profile does not have yet; any
 * id already present fails the whole import. (Merging into an existing project is core's merge,
 * whose result is written with `applyPatch` or the put methods.)
 */
export interface ImportProjectOptions extends BulkWriteOptions {
  mode: 'new-project';
}

/** Reading and writing whole projects for the exchange formats. */
export interface ExchangeStore {
  /** The whole project in one consistent read, or undefined if there is no such project. */
  loadProjectForExport(projectId: Id): Promise<ProjectData | undefined>;
  /**
   * Writes a whole project in ONE transaction, in chunks with progress: it lands whole or changes
   * nothing (on any error, a duplicate id, or cancellation through `options.signal`). Coders the
   * profile already knows are kept as they are.
   */
  importProjectData(data: ProjectData, options: ImportProjectOptions): Promise<void>;
}

function referencedCoderIds(data: Omit<ProjectData, 'coders'>): Id[] {
  const ids = new Set<Id>();
  for (const r of [data.project, ...data.documents, ...data.codes, ...data.annotations]) {
    ids.add(r.createdBy);
    ids.add(r.updatedBy);
  }
  return [...ids];
}

/** Throws, before anything is written, if a record claims to belong to another project. */
function assertOneProject(data: ProjectData): void {
  const projectId = data.project.id;
  for (const r of [...data.documents, ...data.codes, ...data.annotations]) {
    if (r.projectId !== projectId) {
      throw new Error(`Record ${r.id} belongs to project ${r.projectId}, not ${projectId}.`);
    }
  }
}

/** The exchange part of the storage API, over `db`. */
export function createExchangeStore(db: MarginaliaDb): ExchangeStore {
  const allTables = [
    db.projects,
    db.coders,
    db.documents,
    db.documentTexts,
    db.codes,
    db.annotations,
  ];

  return {
    loadProjectForExport: (projectId) =>
      db.transaction('r', allTables, async () => {
        const project = await db.projects.get(projectId);
        if (!project) return undefined;
        const [metas, codes, annotations] = await Promise.all([
          db.documents.where('projectId').equals(projectId).toArray(),
          db.codes.where('projectId').equals(projectId).toArray(),
          db.annotations.where('projectId').equals(projectId).toArray(),
        ]);
        const bodies = await db.documentTexts.bulkGet(metas.map((m) => m.id));
        const documents = metas.map((meta, i) => {
          const body = bodies[i];
          if (!body) throw new Error(`Document ${meta.id} (${meta.name}) has no stored text.`);
          return joinDocument(meta, body);
        });
        const coderIds = referencedCoderIds({ project, documents, codes, annotations });
        const coders = (await db.coders.bulkGet(coderIds)).filter((c) => c !== undefined);
        return { project, coders, documents, codes, annotations };
      }),

    importProjectData: async (data, options) => {
      assertOneProject(data);
      const total = data.documents.length + data.codes.length + data.annotations.length;
      const writer = new ChunkedWriter(total, options);
      await db.transaction('rw', allTables, async () => {
        await db.projects.add(data.project);
        const known = await db.coders.bulkGet(data.coders.map((c) => c.id));
        await db.coders.bulkAdd(data.coders.filter((_, i) => known[i] === undefined));
        await writer.write(data.documents, async (chunk) => {
          const rows = chunk.map(splitDocument);
          await db.documentTexts.bulkAdd(rows.map((r) => r.body));
          await db.documents.bulkAdd(rows.map((r) => r.meta));
        });
        await writer.write(data.codes, (chunk) => db.codes.bulkAdd(chunk));
        await writer.write(data.annotations, (chunk) => db.annotations.bulkAdd(chunk));
      });
    },
  };
}
