/**
 * The surface's own layout rules, injected once per document. Kept minimal so the app's theme
 * decides fonts and colours; `--zoom` (set by the app on the scroller) scales the text.
 *
 * Not contained with `content-visibility: auto`, by measurement (bench, 5,000 annotations):
 * it opened the 1,000,000-character document about 5× faster, but every scroll jump became a
 * long task (39 of 40 jumps over 50 ms) and the coding scenario did not complete (cause not
 * yet found); see docs/performance.md.
 *
 * The stripe gutter is positioned out of flow with strict containment, so redrawing stripes
 * while scrolling lays out the gutter alone, never the text beside it (as a flex sibling it
 * made every stripe change relay out the whole text). Its list of stripes for screen readers is
 * visually hidden (clipped to nothing, not `display: none`, which would hide it from them too).
 * The surface isolates its stacking, so the pending layer's canvas (`z-index: -1`, see
 * pending-layer.ts) lies under the text and above whatever is behind the surface.
 */
export const SURFACE_CSS = `
.mc-surface { position: relative; isolation: isolate; }
.mc-gutter { position: absolute; top: 0; bottom: 0; inset-inline-start: 0;
  width: var(--mc-gutter-width, 48px); contain: strict; }
.mc-text { margin-inline-start: calc(var(--mc-gutter-width, 48px) + 12px); min-width: 0;
  white-space: pre-wrap; overflow-wrap: break-word; font-size: calc(1rem * var(--zoom, 1));
  cursor: text; }
.mc-text ul.mc-list { list-style: none; margin: 0 0 1em; padding: 0; }
.mc-text .mc-rule { border-top: 1px solid currentColor; opacity: 0.6; }
.mc-stripe-list { position: absolute; width: 1px; height: 1px; margin: 0; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; contain: strict; }
`;

const STYLE_ID = 'mc-surface-style';

/** Adds the surface style sheet to the document if it is not there yet. */
export function ensureSurfaceStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = SURFACE_CSS;
  document.head.append(style);
}
