import {
  isEmpty,
  type ChangeSet,
  type EditContext,
  type RecordChange,
} from '../../../../core/changes/change-set';
import type { CodeMapping } from '../../../../core/merge';
import type { Orphan } from '../../../../core/anchoring/reanchor/orphan';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Coder, Id } from '../../../../core/model/types';
import type { ReanchorRunner } from '../reanchor/reanchor-runner';
import { carryIncoming, type CarriedCounts, type CarriedIncoming } from './carry-incoming';
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
  /**
   * Carry the incoming annotations onto these local documents (their incoming counterpart has
   * another text), re-anchored by `reanchor`; see `carryIncoming`. None: today's behaviour.
   */
  carry?: { onto: readonly Id[] | 'all'; reanchor: ReanchorRunner };
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
      const carried = await carryChosen(host, request);
      const computed = await request.runner(
        { projectId, incoming: carried.incoming, codeMapping: request.codeMapping },
        host.storage,
        signal,
      );
      const problems = request.checkFile(computed);
      if (problems.length > 0)
        return { computed, label: null, undoable: false, problems, carried: NONE };
      const label = mergeLabel(request.sourceName, computed.report);
      const ctx = host.context();
      const made = mergeChangeSetOf(computed, { projectId, label, ctx, self: ctx.coderId });
      // Carried annotations (see `carryChosen`) are records of this change set; their orphans
      // and fuzzy placements are kept in the same transaction, so undoing the merge drops them
      // and redoing it keeps them again. Orphans kept before (the same file merged again) stay
      // as the user left them (placed, discarded) and are not kept twice.
      const review = await newOrphans(host, projectId, carried.review);
      const withOrphans = review.length ? { ...made, orphansKept: review } : made;
      const set = request.addToHistory ? withOrphans : { ...withOrphans, addToHistory: false };
      if (isEmpty(set))
        return { computed, label: null, undoable: false, problems, carried: carried.counts };
      const total = set.changes.length;
      await host.changes.applyNow(set, {
        signal,
        onProgress: (done) => host.store.set({ progress: { label: 'Merging', done, total } }),
      });
      // `computed.changedTexts` lists the documents whose text differs and were not carried.
      const undoable = request.addToHistory && set.purged.length === 0;
      return { computed, label, undoable, problems, carried: carried.counts };
    } finally {
      host.store.set({ progress: null });
    }
  });
}

/** The orphans of `review` the project does not keep yet. */
async function newOrphans(host: MergeHost, projectId: Id, review: Orphan[]): Promise<Orphan[]> {
  if (review.length === 0) return review;
  const kept = new Set((await host.storage.listOrphans(projectId)).map((o) => o.id));
  return review.filter((o) => !kept.has(o.id));
}

/**
 * The incoming snapshot with the chosen documents' annotations carried onto the local copies.
 * Done BEFORE the merge is computed, inside the same turn of the change layer, because that is
 * where the merge laws need no change: the carried annotations are ordinary incoming records on
 * a local document (ids and revisions kept), so new / updated / in conflict is decided by the
 * merge exactly as for any other. After the merge it would be too late: the incoming copy of
 * the document would already have come in beside the local one.
 */
async function carryChosen(host: MergeHost, request: MergeRequest): Promise<CarriedIncoming> {
  const { carry, incoming, projectId, signal } = request;
  const none: CarriedIncoming = { incoming, counts: NONE, review: [] };
  if (!carry || (carry.onto !== 'all' && carry.onto.length === 0)) return none;
  const local = await host.storage.readSnapshot(projectId);
  if (!local) return none;
  const carried = await carryIncoming({
    local,
    incoming,
    carryOnto: carry.onto,
    codeMapping: request.codeMapping,
    reanchor: carry.reanchor,
    origin: `merged from ${request.sourceName}`,
    now: host.context().now,
    ...(signal ? { signal } : {}),
    onProgress: (done, total) =>
      host.store.set({ progress: { label: 'Carrying annotations', done, total } }),
  });
  host.store.set({ progress: { label: 'Merging', done: 0, total: 1 } });
  return carried;
}
