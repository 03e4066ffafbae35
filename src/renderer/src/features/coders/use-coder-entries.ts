import { useMemo, useRef } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { coderEntries, coderIdsOf, type CoderEntry } from './coder-selectors';

/**
 * The coders of the open document (and the current coder) with names, colours and whether they
 * are shown. The same array while nothing about them changed (an edit that brings no new coder
 * keeps it), so rows and stripes that depend on it do not redraw for every edit.
 */
export function useCoderEntries(): readonly CoderEntry[] {
  const workbench = useWorkbench();
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const known = useWorkbenchState((s) => s.knownCoders);
  const currentId = useWorkbenchState((s) => s.coder?.id ?? null);
  const filter = useWorkbenchState((s) => s.coderView.filter);
  const present = useMemo(() => coderIdsOf(workbench.annotations.all()), [workbench, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const last = useRef<{ key: string; entries: CoderEntry[] } | null>(null);
  return useMemo(() => {
    const entries = coderEntries(known, present, currentId, filter);
    const key = entries.map((e) => `${e.id}\t${e.name}\t${e.color}\t${e.shown}`).join('\n');
    if (last.current?.key !== key) last.current = { key, entries };
    return last.current.entries;
  }, [known, present, currentId, filter]);
}
