import { buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, EditContext } from '../changes/change-set';
import { created, touched } from '../model/stamp';
import type { Id, Project } from '../model/types';

/** Creates a project (a blank name becomes “Untitled project”). */
export function createProject(
  id: Id,
  name: string,
  ctx: EditContext,
): { set: ChangeSet; project: Project } {
  const project: Project = {
    id,
    name: name.trim() || 'Untitled project',
    memo: '',
    ...created(ctx.coderId, ctx.now),
  };
  const set = buildChangeSet(
    { projectId: id, source: 'user', label: `create project ${project.name}` },
    ctx,
    [{ kind: 'project', before: null, after: project }],
  );
  return { set, project: set.changes[0]?.after as Project };
}

function projectEdit(
  label: string,
  project: Project,
  changes: Partial<Project>,
  ctx: EditContext,
): ChangeSet {
  return buildChangeSet({ projectId: project.id, source: 'user', label }, ctx, [
    { kind: 'project', before: project, after: touched(project, changes, ctx.coderId, ctx.now) },
  ]);
}

/** Renames a project (an empty change set for a blank or unchanged name). */
export function renameProject(project: Project, name: string, ctx: EditContext): ChangeSet {
  const trimmed = name.trim();
  return projectEdit(
    `rename project ${project.name}`,
    project,
    trimmed ? { name: trimmed } : {},
    ctx,
  );
}

/** Moves a project to the trash. */
export function deleteProject(project: Project, ctx: EditContext): ChangeSet {
  return projectEdit(`delete project ${project.name}`, project, { deleted: true }, ctx);
}
