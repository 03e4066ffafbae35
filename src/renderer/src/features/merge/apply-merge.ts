import { isStaleWriteError } from '../../../../core/changes/stale-write-error';
import {
  isEmpty,
  type ChangeSet,
  type EditContext,
  type RecordChange,
} from '../../../../core/changes/change-set';
import type { Orphan } from '../../../../core/anchoring/reanchor/orphan';
import type { Coder, Id } from '../../../../core/model/types';
import type { CarriedCounts } from './carry-incoming';
import type { ComputedMerge } from './compute-merge';
import { mergeLabel } from './merge-label';
import type { MergeRunner } from './merge-runner';
import type { MergeHost } from './merge-host';
import {
  prepareMerge,
  reusable,
  type MergePlan,
  type MergeProgress,
  type PreparedMerge,
} from './prepare-merge';

/** A merge to land: the plan (into which project, from what, named how), and how. */
export interface MergeRequest extends MergePlan {
  runner: MergeRunner;
  signal?: AbortSignal;
  /** Whether the merge becomes a step of the undo history. */
  addToHistory: boolean;
  /** Problems that keep the computed merge from landing (then nothing is written). */
  checkFile(computed: ComputedMerge): string[];
  /**
   * The merge the preview computed: landed as it is when it was computed for this plan and
   * the project has not changed since (`reusable`), else computed again.
   */
  prepared?: PreparedMerge;
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
  /** Incoming annotations carried onto local copies: exactly, fuzzily, kept as orphans. */
  carried: CarriedCounts;
}

const NONE: CarriedCounts = { exact: 0, fuzzy: 0, orphaned: 0 };

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
 * Lands a merge: in ONE turn of the change layer it takes the merge the preview computed when
 * the project has not changed since (`reusable`), or reads the project as it is now and
 * computes the merge (off the UI thread where there are workers), and applies it as one change
 * set in one transaction (compare-and-set, so nothing written meanwhile is overwritten: a
 * reused merge refused that way is computed again and applied once more), with progress.
 * The in-memory state, counts, history, tab sync and backups follow through the change
 * listeners like any change.
 */
export async function applyMerge(host: MergeHost, request: MergeRequest): Promise<AppliedMerge> {
  return host.changes.serial(async () => {
    const progress = (p: MergeProgress) => host.store.set({ progress: p });
    progress({ label: 'Merging', done: 0, total: 1 });
    try {
      const reused = reusable(host, request.prepared, request);
      const prepared = reused
        ? (request.prepared as PreparedMerge)
        : await prepareMerge(host, request, request.runner, request.signal, progress);
      try {
        return await land(host, request, prepared);
      } catch (error) {
        if (!reused || !isStaleWriteError(error)) throw error;
        // A record the reused merge replaces changed elsewhere (another tab): compute again.
        const fresh = await prepareMerge(host, request, request.runner, request.signal, progress);
        return await land(host, request, fresh);
      }
    } finally {
      host.store.set({ progress: null });
    }
  });
}

/** Writes a prepared merge as one change set (call inside the change layer's turn). */
async function land(
  host: MergeHost,
  request: MergeRequest,
  prepared: PreparedMerge,
): Promise<AppliedMerge> {
  const { projectId, signal } = request;
  const { computed, carried } = prepared;
  const problems = request.checkFile(computed);
  if (problems.length > 0)
    return { computed, label: null, undoable: false, problems, carried: NONE };
  const label = mergeLabel(request.sourceName, computed.report);
  const ctx = host.context();
  const made = mergeChangeSetOf(computed, { projectId, label, ctx, self: ctx.coderId });
  // Carried annotations (see `carryIncoming`) are records of this change set; their orphans
  // and fuzzy placements are kept in the same transaction, so undoing the merge drops them
  // and redoing it keeps them again. Orphans kept before (the same file merged again) stay
  // as the user left them (placed, discarded) and are not kept twice.
  const review = await newOrphans(host, projectId, carried.review);
  const withOrphans = review.length ? { ...made, orphansKept: review } : made;
  const set = request.addToHistory ? withOrphans : { ...withOrphans, addToHistory: false };
  if (isEmpty(set))
    return { computed, label: null, undoable: false, problems, carried: carried.counts };
  const total = set.changes.length;
  host.store.set({ progress: { label: 'Merging', done: 0, total } });
  await host.changes.applyNow(set, {
    signal,
    onProgress: (done) => host.store.set({ progress: { label: 'Merging', done, total } }),
  });
  // `computed.changedTexts` lists the documents whose text differs and were not carried.
  const undoable = request.addToHistory && set.purged.length === 0;
  return { computed, label, undoable, problems, carried: carried.counts };
}

/** The orphans of `review` the project does not keep yet. */
async function newOrphans(host: MergeHost, projectId: Id, review: Orphan[]): Promise<Orphan[]> {
  if (review.length === 0) return review;
  const kept = new Set((await host.storage.listOrphans(projectId)).map((o) => o.id));
  return review.filter((o) => !kept.has(o.id));
}
