import type { ChangeSet, EditContext, RecordChange } from '../../../../core/changes/change-set';
import type { CodeMapping } from '../../../../core/merge';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Coder, Id } from '../../../../core/model/types';
import type { ComputedMerge } from './compute-merge';
import { mergeLabel } from './merge-label';
import type { MergeRunner } from './merge-runner';
import type { MergeHost } from './merge-host';

/** A merge to land: into which project, from what, named how, with which code mapping. */
export interface MergeRequest {
  projectId: Id;
  sourceName: string;
  incoming: ProjectSnapshot;
  codeMapping: CodeMapping;
  runner: MergeRunner;
  signal?: AbortSignal;
  /** Whether the merge becomes a step of the undo history. */
  addToHistory: boolean;
  /** Problems that keep the computed merge from landing (then nothing is written). */
  checkFile(computed: ComputedMerge): string[];
}

/** What landing a merge did. */
export interface AppliedMerge {
  computed: ComputedMerge;
  /** The history entry, or null when the merge brought nothing (nothing was written). */
  label: string | null;
  /** Whether the merge entered the undo history (not when it purged records). */
  undoable: boolean;
  /** Why it did not land; nothing was written. */
  problems: string[];
}

/**
 * A computed merge as ONE change set (source `merge`): its records exactly as the merge made
 * them (stamped with their own revisions from the merged files: never stamped again), new purge
 * tombstones, conflicts kept and settled, and coders new to this profile (never the current
 * coder's own record, which only they change).
 */
export function mergeChangeSetOf(
  computed: ComputedMerge,
  header: { projectId: Id; label: string; ctx: EditContext; self: Id },
): ChangeSet {
  const { changes } = computed;
  const coders: Coder[] = changes.coders.filter((c) => c.id !== header.self);
  return {
    projectId: header.projectId,
    source: 'merge',
    label: header.label,
    coderId: header.ctx.coderId,
    at: header.ctx.now,
    // A merged document carries its text when it is new; the record types are the same.
    changes: changes.records as RecordChange[],
    purged: changes.purged,
    ...(changes.conflictsAdded.length ? { conflictsAdded: changes.conflictsAdded } : {}),
    ...(changes.conflictsResolved.length ? { conflictsResolved: changes.conflictsResolved } : {}),
    ...(coders.length ? { coders } : {}),
  };
}

/**
 * Lands a merge: in ONE turn of the change layer it reads the project as it is now, computes
 * the merge (off the UI thread where there are workers), and applies it as one change set in
 * one transaction (compare-and-set, so nothing written meanwhile is overwritten), with progress.
 * The in-memory state, counts, history, tab sync and backups follow through the change
 * listeners like any change.
 */
export async function applyMerge(host: MergeHost, request: MergeRequest): Promise<AppliedMerge> {
  return host.changes.serial(async () => {
    const { projectId, signal } = request;
    host.store.set({ progress: { label: 'Merging', done: 0, total: 1 } });
    try {
      const computed = await request.runner(
        { projectId, incoming: request.incoming, codeMapping: request.codeMapping },
        host.storage,
        signal,
      );
      const problems = request.checkFile(computed);
      if (problems.length > 0) return { computed, label: null, undoable: false, problems };
      const label = mergeLabel(request.sourceName, computed.report);
      const ctx = host.context();
      const made = mergeChangeSetOf(computed, { projectId, label, ctx, self: ctx.coderId });
      const set = request.addToHistory ? made : { ...made, addToHistory: false };
      const empty =
        set.changes.length === 0 &&
        set.purged.length === 0 &&
        !set.conflictsAdded &&
        !set.conflictsResolved &&
        !set.coders;
      if (empty) return { computed, label: null, undoable: false, problems };
      const total = set.changes.length;
      await host.changes.applyNow(set, {
        signal,
        onProgress: (done) => host.store.set({ progress: { label: 'Merging', done, total } }),
      });
      // RE-ANCHOR HOOK: `computed.changedTexts` lists incoming documents whose text differs from
      // the local one they correspond to. The re-anchoring feature (features/reanchor) will take
      // them here to carry their annotations onto the local text; the merge itself never moves
      // annotations between texts. Until then they are returned to the caller in the outcome.
      const undoable = request.addToHistory && set.purged.length === 0;
      return { computed, label, undoable, problems };
    } finally {
      host.store.set({ progress: null });
    }
  });
}
