import type { RecordConflict } from '../model/conflict';
import type { ProjectSnapshot, SnapshotDocument } from '../model/snapshot';
import type { Annotation, Code, Id } from '../model/types';

/**
 * A copy of a project with fresh ids for every record and every reference rewritten, so a
 * backup can be restored beside the live project without touching it (nothing is overwritten,
 * nothing lost). Stamps (who, when, revisions) are kept: the copy is the same work. Unresolved
 * merge conflicts come along, rewritten the same way, so they still name their records.
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
  const doc = <D extends SnapshotDocument>(d: D): D => ({ ...d, id: map(d.id), projectId });
  const code = (c: Code): Code => ({
    ...c,
    id: map(c.id),
    projectId,
    parentId: c.parentId === null ? null : map(c.parentId),
  });
  const annotation = (a: Annotation): Annotation => ({
    ...a,
    id: map(a.id),
    projectId,
    documentId: map(a.documentId),
    codeIds: a.codeIds.map(map),
    // A consensus annotation's provenance names annotations of the same project.
    ...(a.derivedFrom ? { derivedFrom: a.derivedFrom.map(map) } : {}),
  });
  const conflict = (c: RecordConflict): RecordConflict => {
    switch (c.kind) {
      case 'project':
        return { kind: c.kind, record: { ...c.record, id: projectId } };
      case 'document':
        return { kind: c.kind, record: doc(c.record) };
      case 'code':
        return { kind: c.kind, record: code(c.record) };
      case 'annotation':
        return { kind: c.kind, record: annotation(c.record) };
    }
  };
  return {
    ...data,
    project: { ...data.project, id: projectId, name },
    documents: data.documents.map(doc),
    codes: data.codes.map(code),
    annotations: data.annotations.map(annotation),
    purged: data.purged.map((p) => ({ ...p, id: map(p.id), projectId })),
    ...(data.conflicts ? { conflicts: data.conflicts.map(conflict) } : {}),
  };
}
