import { buildChangeSet } from '../../changes/build-change-set';
import type { ChangeSet, EditContext } from '../../changes/change-set';
import { codePaths } from '../../merge/name-key';
import { codePaths as namePaths } from '../shared/code-paths';
import type { Code, Id } from '../../model/types';

/** What importing a codebook CSV into a project will do, for the preview and the change. */
export interface CodebookImportPlan {
  /** Codes the project does not have (by path of names), on the project's parents. */
  added: Code[];
  /** Paths (as the file writes them) of codes the project already has: kept as they are. */
  matched: string[];
}

/**
 * Plans adding codes read from a codebook CSV to a project's codebook: a code whose path of
 * names (case and spacing aside) the project already has is matched and left as it is; the
 * others are added under the matched parent, after its existing children, with a hotkey only
 * when that key is free. Pure: the preview shows the plan, `codebookImportChange` applies it.
 */
export function planCodebookImport(
  existing: readonly Code[],
  read: readonly Code[],
): CodebookImportPlan {
  const live = existing.filter((c) => !c.deleted);
  const localPaths = codePaths(live);
  const byPath = new Map<string, Id>();
  for (const c of live) {
    const path = localPaths.get(c.id);
    if (path !== undefined && !byPath.has(path)) byPath.set(path, c.id);
  }
  const readPaths = codePaths([...read]);
  const shownPaths = namePaths(read);
  const map = new Map<Id, Id>();
  const matched: string[] = [];
  for (const c of read) {
    const local = byPath.get(readPaths.get(c.id) ?? '');
    if (local !== undefined) {
      map.set(c.id, local);
      matched.push((shownPaths.get(c.id) ?? [c.name]).join(' > '));
    }
  }
  const children = new Map<Id | null, number>();
  for (const c of live) children.set(c.parentId, (children.get(c.parentId) ?? 0) + 1);
  const keys = new Set(live.map((c) => c.hotkey).filter((k) => k !== null));
  const added: Code[] = [];
  for (const c of read) {
    if (map.has(c.id)) continue;
    const parentId = c.parentId === null ? null : (map.get(c.parentId) ?? c.parentId);
    const order = children.get(parentId) ?? 0;
    children.set(parentId, order + 1);
    const hotkey = c.hotkey !== null && !keys.has(c.hotkey) ? c.hotkey : null;
    if (hotkey) keys.add(hotkey);
    added.push({ ...c, parentId, order, hotkey });
  }
  return { added, matched };
}

/** The plan as one change set (source `user`, so one Undo takes the whole import back). */
export function codebookImportChange(
  plan: CodebookImportPlan,
  args: { projectId: Id; fileName: string },
  ctx: EditContext,
): ChangeSet {
  return buildChangeSet(
    { projectId: args.projectId, source: 'user', label: `import codebook ${args.fileName}` },
    ctx,
    plan.added.map((code) => ({
      kind: 'code' as const,
      before: null,
      after: {
        ...code,
        projectId: args.projectId,
        createdBy: ctx.coderId,
        updatedBy: ctx.coderId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    })),
  );
}
