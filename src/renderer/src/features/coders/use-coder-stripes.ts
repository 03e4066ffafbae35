import { useEffect, type RefObject } from 'react';
import { useWorkbenchState } from '../../app/workbench-context';
import type { DocumentSurface } from '../document-surface/document-surface';
import type { CoderEntry } from './coder-selectors';

/**
 * Keeps the surface's stripe layout in step with the project's choice: by code, or by coder
 * with one column per coder in `entries`' order and colours. Runs only when the choice or the
 * coders change, not on every edit (`entries` keeps its identity; see `useCoderEntries`).
 */
export function useCoderStripes(
  surface: RefObject<DocumentSurface | null>,
  entries: readonly CoderEntry[],
): void {
  const mode = useWorkbenchState((s) => s.coderView.stripeMode);
  useEffect(() => {
    surface.current?.setStripeCoders(mode === 'coder' ? entries : null);
  }, [surface, mode, entries]);
}
