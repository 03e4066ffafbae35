/**
 * What the recogito example in ../shared/interop must give, whichever way its page's text is
 * extracted (parse5 in Node for the CLI, the DOM in Chromium): the SHA-256 of the text and the
 * UTF-16 spans its five annotations land on, in file order. The Node and browser tests both
 * check against these, so the two paths cannot drift apart unnoticed.
 */
export const RECOGITO = {
  page: 'recogito-textannotator-odyssey-page-354b46b.html',
  annotations: 'recogito-textannotator-odyssey.w3c.json',
  textSha256: '0c56961f63cb3b6920507f689c958a12d1ddc177000fc5c7b4e6e2a990e45068',
  textLength: 14299,
  spans: [
    [741, 772],
    [982, 1030],
    [1408, 1581],
    [988, 1011],
    [970, 1001],
  ],
} as const;

/** Collapses runs of whitespace, as quotes are compared with the page's text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
