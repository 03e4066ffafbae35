import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { HTML_LIMITS, type HtmlLimits } from './html-limits';
import { HtmlTooComplex, parseHtml } from './html-parse';

/** Elements whose text is never the page's text: code, styling, and what only shows without scripts. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript']);

/** The class web annotation tools (recogito's text-annotator) put on parts not to annotate. */
export const NOT_ANNOTATABLE_CLASS = 'not-annotatable';

/** A page's text, or why it was not read (in words to put after the file's name). */
export type HtmlTextOutcome = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The text of a page as annotation tools count it: the text of its content element (the
 * element with id `content`, else the first `<main>`, else `<body>`), in document order,
 * without the text inside elements of class `not-annotatable`, `<script>`, `<style>` or
 * `<noscript>`, with nothing added or collapsed. This is exactly what a browser gives for
 * `DOMParser` and a text-node `TreeWalker` over that element with
 * `closest('.not-annotatable, script, style, noscript')` (a browser test holds the two
 * together), so W3C positions made in a browser land on the same characters.
 */
export function htmlText(html: string, limits: HtmlLimits = HTML_LIMITS): HtmlTextOutcome {
  // Browsers drop a NUL where the standard (and parse5) may let it change the tree (Chromium
  // skips it before the tree builder sees it): no text is certain, so the page is refused.
  if (html.includes('\0')) {
    return { ok: false, problem: 'the page contains NUL characters (is it a binary file?)' };
  }
  // A frameset page holds no text of its own (its frames are other pages), and browsers and the
  // standard disagree on when a late <frameset> replaces the body: refused rather than guessed.
  if (/<frameset[\t\n\f\r />]/i.test(html)) {
    return { ok: false, problem: 'the page is a frameset; open the pages of its frames instead' };
  }
  let page: T.Document;
  try {
    page = parseHtml(html, limits);
  } catch (e) {
    if (e instanceof HtmlTooComplex) return { ok: false, problem: e.message };
    throw e;
  }
  const root = contentElement(page);
  const quirks = page.mode === 'quirks';
  const parts: string[] = [];
  // Depth first, without recursion: [node, inside the content element, text skipped, depth].
  const stack: [T.ChildNode | T.Document, boolean, boolean, number][] = [[page, false, false, 0]];
  while (stack.length > 0) {
    const [node, inside, skipped, depth] = stack.pop() as (typeof stack)[number];
    if (depth > limits.maxDepth) {
      return { ok: false, problem: `the page nests elements more than ${limits.maxDepth} deep` };
    }
    if (node.nodeName === '#text') {
      if (inside && !skipped) parts.push((node as T.TextNode).value);
      continue;
    }
    if (!('childNodes' in node)) continue;
    const element = 'tagName' in node ? node : null;
    const within = inside || node === root;
    const skip = skipped || (element !== null && isSkipped(element, quirks));
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      stack.push([node.childNodes[i] as T.ChildNode, within, skip, depth + 1]);
    }
  }
  return { ok: true, text: parts.join('') };
}

/** Whether an element's text is left out (its own tag or class; ancestors are checked by the walk). */
function isSkipped(element: T.Element, quirks: boolean): boolean {
  if (SKIPPED_ELEMENTS.has(element.tagName)) return true;
  const classes = attribute(element, 'class');
  if (classes === undefined) return false;
  // Class selectors match ASCII case-insensitively in quirks mode (a page without a doctype).
  return classes
    .split(/[\t\n\f\r ]+/)
    .some((c) => (quirks ? asciiLower(c) : c) === NOT_ANNOTATABLE_CLASS);
}

/** The element whose text is the page's text: `#content`, else the first `<main>`, else `<body>`. */
function contentElement(page: T.Document): T.Element | null {
  let main: T.Element | null = null;
  const stack: T.ParentNode[] = [page];
  while (stack.length > 0) {
    const node = stack.pop() as T.ParentNode;
    if ('tagName' in node) {
      if (attribute(node, 'id') === 'content') return node;
      if (!main && node.tagName === 'main') main = node;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i] as T.ChildNode;
      if ('childNodes' in child) stack.push(child);
    }
  }
  return main ?? body(page);
}

/** `document.body`: the first `<body>` or `<frameset>` child of the root element. */
function body(page: T.Document): T.Element | null {
  const root = page.childNodes.find((n): n is T.Element => 'tagName' in n);
  const found = root?.childNodes.find(
    (n): n is T.Element => 'tagName' in n && (n.tagName === 'body' || n.tagName === 'frameset'),
  );
  return found ?? null;
}

function attribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.namespace)?.value;
}

/** Lower-cases A–Z only, as HTML's case-insensitive matching does. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
