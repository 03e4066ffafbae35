import { useEffect, useMemo, useRef } from 'react';
import type { IntervalIndex } from '../../../../core/index/interval-index';
import type { Annotation, Id } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { coderEntries, type CoderEntry } from './coder-selectors';

/**
 * The coders of the open document (and the current coder) with names, colours, counts and
 * whether they are shown. The same array while nothing about them changed (a memo edit keeps
 * it), so rows that depend on it do not re-render for every edit.
 */
export function useCoderEntries(): readonly CoderEntry[] {
  const workbench = useWorkbench();
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const known = useWorkbenchState((s) => s.knownCoders);
  const currentId = useWorkbenchState((s) => s.coder?.id ?? null);
  const filter = useWorkbenchState((s) => s.coderView.filter);
  const present = useMemo(
    () => presentCoders(workbench.annotations, version),
    [workbench, version],
  );
  const last = useRef<{ key: string; entries: CoderEntry[] } | null>(null);
  const entries = useMemo(() => {
    const made = coderEntries(known, present, currentId, filter);
    const key = made
      .map((e) => `${e.id}\t${e.name}\t${e.color}\t${e.shown}\t${e.count}`)
      .join('\n');
    if (last.current?.key !== key) last.current = { key, entries: made };
    return last.current.entries;
  }, [known, present, currentId, filter]);
  // A coder with no record may have come through another tab: look once more per newcomer.
  const strangers = entries
    .filter((e) => !e.recorded)
    .map((e) => e.id)
    .join(' ');
  useEffect(() => {
    if (strangers) void workbench.coders.reloadCoders().catch(() => undefined);
  }, [workbench, strangers]);
  return entries;
}

/** The last pass per index: the document pane and the annotation list share one per edit. */
const passes = new WeakMap<
  IntervalIndex<Annotation>,
  { version: number; counts: Map<Id, number> }
>();

/** The coders of the open document's annotations at `version` (one pass over them, cached). */
function presentCoders(index: IntervalIndex<Annotation>, version: number): Map<Id, number> {
  const last = passes.get(index);
  if (last?.version === version) return last.counts;
  const counts = new Map<Id, number>();
  // One pass over the index without copying its records into an array first.
  index.forEach((a) => counts.set(a.createdBy, (counts.get(a.createdBy) ?? 0) + 1));
  passes.set(index, { version, counts });
  return counts;
}
