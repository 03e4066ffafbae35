/**
 * The surface's own layout rules, injected once per document. Kept minimal so the app's theme
 * decides fonts and colours; `--zoom` (set by the app on the scroller) scales the text.
 */
export const SURFACE_CSS = `
.mc-surface { position: relative; display: flex; align-items: stretch; min-height: 100%; }
.mc-gutter { position: relative; flex: 0 0 var(--mc-gutter-width, 48px); margin-inline-end: 12px; }
.mc-text { flex: 1 1 auto; min-width: 0; white-space: pre-wrap; overflow-wrap: break-word;
  font-size: calc(1rem * var(--zoom, 1)); cursor: text; }
.mc-text ul.mc-list { list-style: none; margin: 0 0 1em; padding: 0; }
.mc-text .mc-rule { border-top: 1px solid currentColor; opacity: 0.6; }
.mc-stripe:hover { outline: 1px solid currentColor; }
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
