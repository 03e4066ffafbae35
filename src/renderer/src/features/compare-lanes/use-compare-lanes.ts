import { useEffect, useRef, type RefObject } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import type { DocumentSurface } from '../document-surface/document-surface';
import { CompareLanes } from './compare-lanes';
import { decidedPassages, type ComparisonView, type DecidedPassages } from './comparison-view';

/**
 * Mounts the comparison lanes beside a document surface and keeps them in step with the
 * comparison the agreement view publishes (shown only on its document): redrawn when it changes
 * or the text's layout does (`layoutKey`, e.g. the zoom) or the annotations do (a decision),
 * scrolled to the current passage.
 */
export function useCompareLanes(
  container: RefObject<HTMLElement | null>,
  surface: RefObject<DocumentSurface | null>,
  layoutKey: unknown,
): void {
  const workbench = useWorkbench();
  const comparison = useWorkbenchState((s) => s.comparison);
  const documentId = useWorkbenchState((s) => s.openDocument?.meta.id ?? null);
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const lanes = useRef<CompareLanes | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = new CompareLanes(container.current, () => surface.current?.map ?? null);
    lanes.current = created;
    return () => {
      created.dispose();
      lanes.current = null;
    };
  }, [workbench, container, surface]);

  useEffect(() => {
    const shown = comparison && comparison.documentId === documentId ? comparison : null;
    lanes.current?.show(shown, shown ? decidedIn(workbench, shown) : undefined);
    // After the scroll, the bars near the new viewport.
    const frame = requestAnimationFrame(() => lanes.current?.draw());
    return () => cancelAnimationFrame(frame);
  }, [workbench, comparison, documentId, version, layoutKey]);

  // Scrolled to the current passage when it changes (not on every edit).
  useEffect(() => {
    const shown = comparison && comparison.documentId === documentId ? comparison : null;
    const passage = shown && shown.current !== null ? shown.passages[shown.current] : undefined;
    if (passage) surface.current?.scrollToOffset(passage.start);
  }, [comparison, documentId, surface]);
}

/** The passages the consensus coder has annotated in, from the open document's index. */
export function decidedIn(
  workbench: ReturnType<typeof useWorkbench>,
  view: ComparisonView,
): DecidedPassages {
  const consensus = view.consensusCoderId;
  if (!consensus) return new Set();
  return decidedPassages(view, (start, end) =>
    workbench.annotations
      .overlapping(start, end)
      .filter((a) => a.createdBy === consensus && !a.deleted),
  );
}
