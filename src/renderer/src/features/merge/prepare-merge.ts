import { canonicalJson } from '../../../../core/model/revision';
import type { CodeMapping } from '../../../../core/merge';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import { annotationCountOf } from '../../platform/packed-annotations';
import type { ReanchorRunner } from '../reanchor/reanchor-runner';
import {
  carryIncoming,
  carryPairs,
  type CarriedCounts,
  type CarriedIncoming,
} from './carry-incoming';
import { changeMarker, sameMarker, type ChangeMarker } from './change-marker';
import type { ComputedMerge } from './compute-merge';
import type { MergeHost } from './merge-host';
import type { MergeRunner } from './merge-runner';

/** What a merge is computed from, besides the stored project. */
export interface MergePlan {
  projectId: Id;
  sourceName: string;
  incoming: ProjectSnapshot;
  codeMapping: CodeMapping;
  /**
   * Carry the incoming annotations onto these local documents (their incoming counterpart has
   * another text), or onto `all` such documents `except` some, re-anchored by `reanchor`; see
   * `carryIncoming`. None: the documents come in beside the local copies.
   */
  carry?: {
    onto: readonly Id[] | 'all';
    except?: readonly Id[];
    reanchor: ReanchorRunner;
  };
}

/** How far computing a merge has come, for a progress figure. */
export interface MergeProgress {
  /** "Carrying annotations", "Comparing records". */
  label: string;
  done: number;
  total: number;
}

/** A merge computed and ready to land, with what it was computed from. */
export interface PreparedMerge {
  projectId: Id;
  /** The code mapping it was computed with, canonical. */
  mappingKey: string;
  /** The local documents it carried onto, sorted. */
  carriedOnto: Id[];
  incoming: ProjectSnapshot;
  carried: CarriedIncoming;
  computed: ComputedMerge;
  /** Where the project stood before it was computed. */
  marker: ChangeMarker | null;
}

const NONE: CarriedCounts = { exact: 0, fuzzy: 0, orphaned: 0 };

/**
 * Computes a merge: carries the chosen documents' annotations onto the local copies, then
 * merges (off the UI thread where there are workers). Writes nothing: the preview shows it and
 * `applyMerge` lands it (reusing it when the project has not changed since, see `reusable`).
 */
export async function prepareMerge(
  host: MergeHost,
  plan: MergePlan,
  runner: MergeRunner,
  signal?: AbortSignal,
  onProgress?: (progress: MergeProgress) => void,
): Promise<PreparedMerge> {
  const marker = changeMarker(host, plan.projectId);
  const carried = await carryChosen(host, plan, signal, onProgress);
  onProgress?.({ label: 'Comparing records', done: 0, total: recordCount(carried.incoming) });
  const computed = await runner(
    { projectId: plan.projectId, incoming: carried.incoming, codeMapping: plan.codeMapping },
    host.storage,
    signal,
    onProgress && ((done, total) => onProgress({ label: 'Comparing records', done, total })),
  );
  return {
    projectId: plan.projectId,
    mappingKey: canonicalJson(plan.codeMapping),
    carriedOnto: carried.pairs.map((p) => p.local.id).sort(),
    incoming: plan.incoming,
    carried,
    computed,
    marker,
  };
}

/**
 * Whether a prepared merge may land for `plan` as it is: the same project, incoming snapshot,
 * code mapping and carried documents, and no change to the project since (`changeMarker`).
 */
export function reusable(
  host: MergeHost,
  prepared: PreparedMerge | undefined,
  plan: MergePlan,
): prepared is PreparedMerge {
  if (!prepared || prepared.projectId !== plan.projectId || prepared.incoming !== plan.incoming)
    return false;
  if (prepared.mappingKey !== canonicalJson(plan.codeMapping)) return false;
  const onto = plan.carry?.onto ?? [];
  const except = new Set(plan.carry?.except ?? []);
  if (onto !== 'all') {
    const wanted = onto.filter((id) => !except.has(id));
    const carried = new Set(prepared.carriedOnto);
    // Every carried document was asked for; one asked for that had no changed counterpart
    // was not carried either way.
    if (prepared.carriedOnto.some((id) => !wanted.includes(id))) return false;
    const offered = new Set(prepared.computed.changedTexts.map((c) => c.local.id));
    if (wanted.some((id) => !carried.has(id) && offered.has(id))) return false;
  } else if (prepared.computed.changedTexts.some((c) => !except.has(c.local.id))) return false;
  return sameMarker(prepared.marker, changeMarker(host, plan.projectId));
}

/** Records on the incoming side, for the progress figure before the worker reports. */
function recordCount(s: ProjectSnapshot): number {
  return s.documents.length + s.codes.length + annotationCountOf(s);
}

/**
 * The incoming snapshot with the chosen documents' annotations carried onto the local copies.
 * Done BEFORE the merge is computed, inside the same turn of the change layer when landing,
 * because that is where the merge laws need no change: the carried annotations are ordinary
 * incoming records on a local document (ids and revisions kept), so new / updated / in conflict
 * is decided by the merge exactly as for any other. After the merge it would be too late: the
 * incoming copy of the document would already have come in beside the local one.
 */
async function carryChosen(
  host: MergeHost,
  plan: MergePlan,
  signal?: AbortSignal,
  onProgress?: (progress: MergeProgress) => void,
): Promise<CarriedIncoming> {
  const { carry, incoming, projectId } = plan;
  const none: CarriedIncoming = { incoming, pairs: [], counts: NONE, review: [] };
  if (!carry || (carry.onto !== 'all' && carry.onto.length === 0)) return none;
  // Most merges carry nothing (no text differs): tell from the documents alone, so the whole
  // project (100,000 annotations) is not read on this thread for nothing.
  const documents = await host.storage.listRecords(projectId, 'document');
  if (carryPairs(documents, incoming, carry.onto, carry.except).length === 0) return none;
  const local = await host.storage.readSnapshot(projectId);
  if (!local) return none;
  return carryIncoming({
    local,
    incoming,
    carryOnto: carry.onto,
    ...(carry.except ? { except: carry.except } : {}),
    codeMapping: plan.codeMapping,
    reanchor: carry.reanchor,
    origin: `merged from ${plan.sourceName}`,
    now: host.context().now,
    ...(signal ? { signal } : {}),
    onProgress: (done, total) => onProgress?.({ label: 'Carrying annotations', done, total }),
  });
}
