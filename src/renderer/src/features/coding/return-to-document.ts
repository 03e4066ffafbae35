import type { DocumentSurface } from '../document-surface/document-surface';
import type { Span } from '../document-surface/types';

/** How a dialog over the document ended: a code was applied, or it was dismissed. */
export type PickerOutcome = 'applied' | 'dismissed';

/**
 * Puts keyboard focus back in the document once a dialog over it (the quick picker) has gone,
 * so keyboard-only coding goes on: after applying, a caret just after the coded span (Shift+arrows
 * select onwards from there); after dismissing, the span selected again, ready for a hotkey.
 * Call it after the dialog has left the DOM: while a modal dialog is open the document is inert
 * and cannot take focus (that is how focus used to end on <body>).
 */
export function returnToDocument(
  container: HTMLElement | null,
  surface: DocumentSurface | null,
  span: Span | null,
  outcome: PickerOutcome,
): void {
  if (!container) return;
  container.focus({ preventScroll: true });
  if (!span || !surface) return;
  if (outcome === 'dismissed') {
    surface.showSelection(span);
    return;
  }
  const caret = surface.map?.pointAt(span.end, 'backward');
  if (caret) window.getSelection()?.collapse(caret.node, caret.offset);
}
