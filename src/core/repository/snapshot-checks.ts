import type { ProjectSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';

/** The coders a project's records name (who made, who last changed, who purged). */
export function referencedCoderIds(snapshot: Omit<ProjectSnapshot, 'coders'>): Id[] {
  const ids = new Set<Id>();
  const records = [
    snapshot.project,
    ...snapshot.documents,
    ...snapshot.codes,
    ...snapshot.annotations,
  ];
  for (const r of records) {
    ids.add(r.createdBy);
    ids.add(r.updatedBy);
  }
  for (const p of snapshot.purged) ids.add(p.purgedBy);
  for (const c of snapshot.conflicts ?? []) {
    ids.add(c.record.createdBy);
    ids.add(c.record.updatedBy);
  }
  return [...ids];
}

/**
 * Why a snapshot cannot be written as a project, or null: a record claiming another project,
 * or a document without its text (nothing to read it from). Checked before anything is written.
 */
export function snapshotProblem(snapshot: ProjectSnapshot): string | null {
  const projectId = snapshot.project.id;
  for (const r of [...snapshot.documents, ...snapshot.codes, ...snapshot.annotations]) {
    if (r.projectId !== projectId) {
      return `Record ${r.id} belongs to project ${r.projectId}, not ${projectId}.`;
    }
  }
  for (const p of snapshot.purged) {
    if (p.projectId !== projectId) {
      return `Purged record ${p.id} belongs to project ${p.projectId}, not ${projectId}.`;
    }
  }
  const textless = snapshot.documents.find((d) => typeof d.text !== 'string');
  if (textless) return `Document ${textless.id} (${textless.name}) has no text.`;
  return null;
}
