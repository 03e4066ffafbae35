import type { Id } from '../../../../core/model/types';
import type { MergeHost } from './merge-host';

/**
 * Where a project stood when a merge was computed: how many change sets this workbench applied
 * to it, and the open project's records as the workbench shows them (another tab's change
 * reaches this one as a reload, which replaces them). Equal markers: nothing this workbench
 * knows of changed the project, so the computed merge may land as it is (the write's
 * compare-and-set still refuses it if a record it replaces changed elsewhere).
 */
export interface ChangeMarker {
  applied: number;
  annotationsVersion: number;
  codes: unknown;
  documents: unknown;
}

const counters = new WeakMap<object, Map<Id, number>>();

/** The change sets `host` applied to each project since it was first asked (then 0). */
function countsOf(host: MergeHost): Map<Id, number> | null {
  const found = counters.get(host);
  if (found) return found;
  if (!host.onChangeSetApplied) return null;
  const counts = new Map<Id, number>();
  host.onChangeSetApplied((set) => {
    counts.set(set.projectId, (counts.get(set.projectId) ?? 0) + 1);
  });
  counters.set(host, counts);
  return counts;
}

/** The project's marker now; null when the host cannot tell (then nothing is reused). */
export function changeMarker(host: MergeHost, projectId: Id): ChangeMarker | null {
  const counts = countsOf(host);
  if (!counts) return null;
  const open = host.state.projectId === projectId;
  return {
    applied: counts.get(projectId) ?? 0,
    annotationsVersion: open ? host.state.annotationsVersion : 0,
    codes: open ? host.state.codes : null,
    documents: open ? host.state.documents : null,
  };
}

/** Whether two markers say the project has not changed in between. */
export function sameMarker(a: ChangeMarker | null, b: ChangeMarker | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.applied === b.applied &&
    a.annotationsVersion === b.annotationsVersion &&
    a.codes === b.codes &&
    a.documents === b.documents
  );
}
