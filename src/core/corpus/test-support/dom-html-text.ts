/**
 * The browser's answer to "what is this page's text": `DOMParser`, the content element
 * (`#content`, else the first `main`, else `body`) and a text-node `TreeWalker` skipping what
 * `closest('.not-annotatable, script, style, noscript')` finds, as recogito's text-annotator
 * walks the page it annotates. Browser tests hold `htmlText` (parse5, the CLI's path) to it.
 */
export function domHtmlText(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const root = page.getElementById('content') ?? page.querySelector('main') ?? page.body;
  if (!root) return '';
  let text = '';
  const walker = page.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.not-annotatable, script, style, noscript')) continue;
    text += node.nodeValue ?? '';
  }
  return text;
}
