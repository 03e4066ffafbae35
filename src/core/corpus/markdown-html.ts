import MarkdownIt from 'markdown-it';

const { unescapeAll } = new MarkdownIt().utils;

/** Text of an HTML fragment without line-break tags: tags dropped, entities decoded, spaces collapsed. */
function fragmentText(html: string): string {
  const withoutTags = html.replace(/<[!?/]?[A-Za-z][^>]*>?/g, ' ');
  // markdown-it only exports an unescaper that also removes backslash escapes (which mean nothing
  // in HTML), so backslashes are doubled first to come through unchanged.
  return unescapeAll(withoutTags.replace(/\\/g, '\\\\')).replace(/\s+/g, ' ').trim();
}

/**
 * The text a reader would see in a raw HTML block: comments, declarations and script, style and
 * template elements removed, every other tag dropped (its text kept), entities decoded,
 * whitespace collapsed as a browser would, `<br>` kept as a line break. Raw HTML never reaches a
 * document's canonical text.
 */
export function htmlBlockText(html: string): string {
  const visible = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  return visible
    .split(/<br\s*\/?>/i)
    .map(fragmentText)
    .filter((line) => line !== '')
    .join('\n');
}
