import { useEffect, useRef, type RefObject } from 'react';
import { useWorkbenchState } from '../../app/workbench-context';
import type { DocumentSurface } from '../document-surface/document-surface';
import type { CoderEntry } from './coder-selectors';

/**
 * Keeps the surface's stripe layout in step with the project's choice: by code, or by coder
 * with one column per coder in `entries`' order and colours. Runs only when the choice or the
 * coders (names, colours, order) change, not on every edit.
 */
export function useCoderStripes(
  surface: RefObject<DocumentSurface | null>,
  entries: readonly CoderEntry[],
): void {
  const mode = useWorkbenchState((s) => s.coderView.stripeMode);
  // Only who, in what order and colour, matters to the stripes: a new annotation (a count) or
  // a filter change must not make them redraw every bar.
  const key = entries.map((e) => `${e.id}\t${e.name}\t${e.color}`).join('\n');
  const latest = useRef(entries);
  useEffect(() => {
    latest.current = entries;
  });
  useEffect(() => {
    surface.current?.setStripeCoders(mode === 'coder' ? latest.current : null);
  }, [surface, mode, key]);
}
