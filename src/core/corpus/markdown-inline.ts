import type { Token } from 'markdown-it';
import type { Mark, MarkKind } from '../model/types';

/** The plain text of one inline run (a paragraph, heading, list item) and its marks, offsets relative to it. */
export interface InlineText {
  text: string;
  marks: Mark[];
}

const SUP_OPEN = /^<sup(?:\s[^>]*)?>$/i;
const SUP_CLOSE = /^<\/sup\s*>$/i;
const BREAK = /^<br\s*\/?>$/i;
/** Elements whose content is not text a reader sees; dropped with their content. */
const HIDDEN_OPEN = /^<(script|style|template)(?:\s[^>]*)?>$/i;
const HIDDEN_CLOSE = /^<\/(script|style|template)\s*>$/i;

/** Which mark an opening or closing token stands for. */
const MARK_OF_TOKEN: Readonly<Record<string, MarkKind>> = {
  em_open: 'emphasis',
  em_close: 'emphasis',
  strong_open: 'strong',
  strong_close: 'strong',
};

/**
 * Renders markdown-it inline tokens to plain text plus marks. Delimiters never reach the text;
 * `*x*` and `**x**` become `emphasis` and `strong` marks; inline `<sup>` becomes a `superscript`
 * mark; `<br>` becomes a line break; every other HTML tag is dropped and its text kept, except
 * script, style and template, whose content is dropped too (raw HTML never passes through). Soft
 * line breaks become a space, so the text reads as the rendered Markdown does and the same
 * renderer can show it; hard breaks become `\n`. Links keep their text; images are dropped.
 */
export function renderInline(tokens: readonly Token[]): InlineText {
  let text = '';
  const marks: Mark[] = [];
  const open: { kind: MarkKind; start: number }[] = [];
  let hidden = 0;
  const close = (kind: MarkKind) => {
    for (let i = open.length - 1; i >= 0; i--) {
      const entry = open[i] as { kind: MarkKind; start: number };
      if (entry.kind !== kind) continue;
      open.splice(i, 1);
      if (text.length > entry.start) marks.push({ kind, start: entry.start, end: text.length });
      return;
    }
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        if (hidden === 0) text += token.content;
        break;
      case 'softbreak':
        if (hidden === 0) text += ' ';
        break;
      case 'hardbreak':
        if (hidden === 0) text += '\n';
        break;
      case 'em_open':
      case 'strong_open':
        open.push({ kind: MARK_OF_TOKEN[token.type] as MarkKind, start: text.length });
        break;
      case 'em_close':
      case 'strong_close':
        close(MARK_OF_TOKEN[token.type] as MarkKind);
        break;
      case 'html_inline': {
        const tag = token.content;
        if (SUP_OPEN.test(tag)) open.push({ kind: 'superscript', start: text.length });
        else if (SUP_CLOSE.test(tag)) close('superscript');
        else if (BREAK.test(tag) && hidden === 0) text += '\n';
        else if (HIDDEN_OPEN.test(tag)) hidden++;
        else if (HIDDEN_CLOSE.test(tag)) hidden = Math.max(0, hidden - 1);
        break; // any other tag, comment or declaration is dropped
      }
      default:
        break; // link_open/close, image and unknown tokens add no text
    }
  }
  // An unclosed <sup> (or a mark markdown-it left open) runs to the end of the run.
  for (const entry of open)
    if (text.length > entry.start)
      marks.push({ kind: entry.kind, start: entry.start, end: text.length });
  return { text, marks };
}
