import type {
  AgreementAnnotation,
  AgreementDocument,
  AgreementRecords,
} from '../../../core/agreement/agreement-records';
import type { Coder, Id } from '../../../core/model/types';
import { annotationPages } from './annotation-pages';
import type { MarginaliaDb } from './database';

/** The coders of a project, and which of them made a live annotation there. */
export interface ProjectCoders {
  /** Coders the project, its documents, codes or annotations name (made or last changed). */
  coders: Coder[];
  /** Ids of coders with at least one live annotation in the project. */
  annotatingIds: Id[];
}

/** What an agreement computation needs to read: which documents, and whether their texts. */
export interface AgreementNeeds {
  /** The chosen documents; all of the project's when left out. */
  documentIds?: readonly Id[];
  /** Texts and blocks, which word, sentence and paragraph units are cut from. */
  texts: boolean;
  /** Coders to name even where they made no annotation (counted as coding nothing). */
  coderIds?: readonly Id[];
}

/**
 * Reads for the agreement view and the export dialog, narrower than a project snapshot: they run
 * in a worker on projects of 100,000 annotations, where reading every text only to find who
 * annotated cost seconds. IndexedDB hands back whole records, so annotations are read whole and
 * kept as spans, codes and coders only.
 */
export interface AgreementReadStore {
  /** The project's coders and who annotated; undefined when there is no such project. */
  readProjectCoders(projectId: Id): Promise<ProjectCoders | undefined>;
  /** What agreement reads of the project, for the chosen documents; undefined when none. */
  readAgreementRecords(projectId: Id, needs: AgreementNeeds): Promise<AgreementRecords | undefined>;
}

const slim = (a: AgreementAnnotation): AgreementAnnotation => ({
  documentId: a.documentId,
  start: a.start,
  end: a.end,
  codeIds: a.codeIds,
  createdBy: a.createdBy,
  deleted: a.deleted,
});

/** The agreement reads over `db`. */
export function createAgreementReadStore(db: MarginaliaDb): AgreementReadStore {
  return {
    readProjectCoders: (projectId) =>
      db.transaction(
        'r',
        [db.coders, db.projects, db.projectDocuments, db.projectCodes, db.annotationPages],
        async () => {
          const project = await db.projects.get(projectId);
          if (!project) return undefined;
          const ids = new Set<Id>([project.createdBy, project.updatedBy]);
          const annotating = new Set<Id>();
          for (const table of [db.projectDocuments, db.projectCodes])
            await table
              .where('projectId')
              .equals(projectId)
              .each((r) => {
                ids.add(r.createdBy);
                ids.add(r.updatedBy);
              });
          await annotationPages.eachOfProject(db, projectId, (a) => {
            ids.add(a.createdBy);
            ids.add(a.updatedBy);
            if (!a.deleted) annotating.add(a.createdBy);
          });
          const coders = (await db.coders.bulkGet([...ids])).filter((c) => c !== undefined);
          return { coders, annotatingIds: [...annotating] };
        },
      ),

    readAgreementRecords: (projectId, needs) =>
      db.transaction(
        'r',
        [
          db.coders,
          db.projects,
          db.projectDocuments,
          db.projectTexts,
          db.projectCodes,
          db.annotationPages,
        ],
        async () => {
          if (!(await db.projects.get(projectId))) return undefined;
          const chosen = needs.documentIds;
          const [metas, codes, annotations] = await Promise.all([
            chosen
              ? db.projectDocuments.bulkGet(chosen.map((id) => [projectId, id]))
              : db.projectDocuments.where('projectId').equals(projectId).toArray(),
            db.projectCodes.where('projectId').equals(projectId).toArray(),
            chosen
              ? annotationPages.ofDocuments(db, projectId, chosen)
              : annotationPages.ofProject(db, projectId),
          ]);
          const found = metas.filter((m) => m !== undefined);
          const bodies = needs.texts
            ? await db.projectTexts.bulkGet(found.map((m) => [projectId, m.id]))
            : [];
          const documents = found.map((m, i): AgreementDocument => {
            const body = bodies[i];
            const meta = { id: m.id, name: m.name, charCount: m.charCount, deleted: m.deleted };
            return body ? { ...meta, text: body.text, blocks: body.blocks } : meta;
          });
          const coderIds = new Set([
            ...(needs.coderIds ?? []),
            ...annotations.map((a) => a.createdBy),
          ]);
          const coders = (await db.coders.bulkGet([...coderIds])).filter((c) => c !== undefined);
          return {
            coders: coders.map((c) => ({ id: c.id, name: c.name })),
            documents,
            codes: codes.map((c) => ({ id: c.id, name: c.name, deleted: c.deleted })),
            annotations: annotations.map(slim),
          };
        },
      ),
  };
}
