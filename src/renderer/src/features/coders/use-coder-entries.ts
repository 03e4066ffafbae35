import { useEffect, useMemo, useRef } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { coderCounts } from './coder-counts';
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
  const present = useMemo(() => coderCounts(workbench.annotations, version), [workbench, version]);
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
