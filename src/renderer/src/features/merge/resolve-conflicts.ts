import type { RecordChange } from '../../../../core/changes/change-set';
import { newId } from '../../../../core/ids/new-id';
import { resolveConflict, type ConflictResolution } from '../../../../core/merge';
import type { ProjectSnapshot, RecordKind } from '../../../../core/model/snapshot';
import type { Id, Project } from '../../../../core/model/types';
import type { MergeHost } from './merge-host';

/** How the review panel settles a conflict (keep-both gets its new ids here). */
export type ReviewChoice =
  { type: 'pick'; versionId: string } | { type: 'keep-both' } | { type: 'combine-codes' };

const VERB: Record<ReviewChoice['type'], string> = {
  pick: 'keep one version of',
  'keep-both': 'keep both versions of',
  'combine-codes': 'combine the codes of',
};

/**
 * Settles the conflicts of one record of the open project through core `resolveConflict`, as
 * one user change (undoable: undo puts the conflicts back). Built in its turn from the record
 * and its conflicts as stored, so a resolution never overwrites a newer edit; the new version
 * names every losing version, so teammates' copies stop conflicting once they merge it.
 */
export function resolveRecordConflict(
  host: Pick<MergeHost, 'state' | 'storage' | 'changes' | 'context'>,
  kind: RecordKind,
  id: Id,
  choice: ReviewChoice,
  what: string,
): Promise<void> {
  return host.changes.change(async () => {
    const projectId = host.state.projectId;
    if (!projectId) throw new Error('Open a project to resolve its conflicts.');
    const [live] = await host.storage.getRecords(projectId, kind, [id]);
    const [project] = await host.storage.getRecords(projectId, 'project', [projectId]);
    const conflicts = (await host.storage.listConflicts(projectId)).filter(
      (c) => c.kind === kind && c.record.id === id,
    );
    if (!live || !project || conflicts.length === 0)
      throw new Error(`The ${kind} has no conflict left to resolve (resolved meanwhile?).`);
    // Only the record and its conflicts: resolveConflict reads nothing else.
    const snapshot: ProjectSnapshot = {
      project: (kind === 'project' ? live : project) as Project,
      coders: [],
      documents: kind === 'document' ? [live as ProjectSnapshot['documents'][number]] : [],
      codes: kind === 'code' ? [live as ProjectSnapshot['codes'][number]] : [],
      annotations: kind === 'annotation' ? [live as ProjectSnapshot['annotations'][number]] : [],
      purged: [],
      conflicts,
    };
    const resolution: ConflictResolution =
      choice.type === 'keep-both'
        ? { type: 'keep-both', newIds: conflicts.map(() => newId()) }
        : choice;
    const ctx = host.context();
    const result = resolveConflict(snapshot, kind, id, resolution, ctx);
    return {
      set: {
        projectId,
        source: 'user',
        label: `${VERB[choice.type]} ${what}`,
        coderId: ctx.coderId,
        at: ctx.now,
        // Stamped by resolveConflict (one revision past the live one): applied as they are.
        changes: result.changes as RecordChange[],
        purged: [],
        conflictsResolved: result.resolved,
      },
      value: undefined,
    };
  });
}
