/**
 * Bounds on an HTML page, so a hostile page cannot hang or exhaust the parser. The parser's
 * scope checks scan the stack of open elements on every tag, so unbounded nesting is quadratic;
 * 256 open elements is far beyond any real page (the recogito example nests 5 deep) and below
 * Chromium's 512, past which the browser re-parents elements and its tree, so its text, would
 * no longer match ours. 250,000 elements holds a whole novel in HTML with room to spare while
 * keeping the parsed tree to a few hundred MB at worst. The byte size is bounded by the
 * document limit (`MAX_DOCUMENT_BYTES`) before parsing starts.
 */
export const HTML_LIMITS = { maxDepth: 256, maxElements: 250_000 } as const;

/** The bounds a page is parsed under (tests pass smaller ones). */
export interface HtmlLimits {
  maxDepth: number;
  maxElements: number;
}
