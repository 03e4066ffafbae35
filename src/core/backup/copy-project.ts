import type { ProjectSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';

/**
 * A copy of a project with fresh ids for every record and every reference rewritten, so a
 * backup can be restored beside the live project without touching it (nothing is overwritten,
 * nothing lost). Stamps (who, when, revisions) are kept: the copy is the same work.
 */
export function copyProject(data: ProjectSnapshot, newId: () => Id, name: string): ProjectSnapshot {
  const ids = new Map<Id, Id>();
  const map = (id: Id): Id => {
    let next = ids.get(id);
    if (!next) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  const projectId = map(data.project.id);
  return {
    ...data,
    project: { ...data.project, id: projectId, name },
    documents: data.documents.map((d) => ({ ...d, id: map(d.id), projectId })),
    codes: data.codes.map((c) => ({
      ...c,
      id: map(c.id),
      projectId,
      parentId: c.parentId === null ? null : map(c.parentId),
    })),
    annotations: data.annotations.map((a) => ({
      ...a,
      id: map(a.id),
      projectId,
      documentId: map(a.documentId),
      codeIds: a.codeIds.map(map),
    })),
    purged: data.purged.map((p) => ({ ...p, id: map(p.id), projectId })),
  };
}
