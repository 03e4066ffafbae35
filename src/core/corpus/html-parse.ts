import {
  defaultTreeAdapter,
  parse,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type TreeAdapter,
} from 'parse5';
import type { HtmlLimits } from './html-limits';

/** A page the parser stopped reading, with the bound it broke, in words for the user. */
export class HtmlTooComplex extends Error {
  override readonly name = 'HtmlTooComplex';
}

/**
 * Parses a page into a tree with parse5, under `limits`. parse5 was chosen over htmlparser2
 * because it implements the WHATWG parsing algorithm that browsers run (implied and misnested
 * tags, foster parenting, character references, `<pre>`'s first newline): only a parser that
 * builds the browser's tree gives the browser's text, so annotations made on the page in a
 * browser land on the same characters here. It is pure JavaScript (no DOM, no Node), widely
 * used (jsdom builds on it) and maintained. Scripting is off, as in a `DOMParser` document, so
 * `<noscript>` holds markup, not text. Throws `HtmlTooComplex` past a bound: the depth is
 * counted on the parser's stack of open elements, before its scans can turn quadratic.
 */
export function parseHtml(html: string, limits: HtmlLimits): DefaultTreeAdapterTypes.Document {
  let depth = 0;
  let elements = 0;
  const bounded: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > limits.maxElements) {
        throw new HtmlTooComplex(
          `the page has more than ${limits.maxElements.toLocaleString('en')} elements`,
        );
      }
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    onItemPush() {
      if (++depth > limits.maxDepth) {
        throw new HtmlTooComplex(`the page nests elements more than ${limits.maxDepth} deep`);
      }
    },
    onItemPop() {
      depth--;
    },
  };
  return parse(html, { treeAdapter: bounded, scriptingEnabled: false });
}
