import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Block, BlockKind, Mark } from '../model/types';
import { htmlBlockText } from './markdown-html';
import { renderInline, type InlineText } from './markdown-inline';
import { isWhitespaceCode } from './whitespace';

/**
 * CommonMark (no GFM tables or strikethrough: their markup stays as literal text, nothing is
 * lost) with inline HTML recognised so `<sup>n</sup>` can become a mark. HTML is never rendered:
 * we only read the token stream.
 */
const parser = new MarkdownIt('commonmark', { html: true });

/** Between blocks in the canonical text. */
const BLOCK_SEPARATOR = '\n\n';

/** An open list item or block quote: the innermost one decides the kind of the blocks inside. */
interface Container {
  kind: 'list-item' | 'block-quote';
  level: number;
  /** An ordered item's number (`3. `), not yet written: it goes before the item's first text. */
  number: string;
}

/** Trims whitespace off both ends of an inline run, moving and clipping its marks to match. */
function trimInline({ text, marks }: InlineText): InlineText {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  const clipped = marks
    .map((m) => ({
      kind: m.kind,
      start: Math.max(m.start, start) - start,
      end: Math.min(m.end, end) - start,
    }))
    .filter((m) => m.end > m.start);
  return { text: text.slice(start, end), marks: clipped };
}

/** Accumulates block texts joined by the separator, with blocks and marks in absolute offsets. */
class CanonicalText {
  private parts: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];
  readonly marks: Mark[] = [];

  /** Adds a block of text; a block with no text after trimming adds nothing. */
  add(kind: BlockKind, level: number | undefined, run: InlineText): void {
    const { text, marks } = trimInline(run);
    if (text === '') return;
    if (this.length > 0) this.append(BLOCK_SEPARATOR);
    const start = this.length;
    this.append(text);
    this.blocks.push(
      level === undefined
        ? { kind, start, end: this.length }
        : { kind, start, end: this.length, level },
    );
    const ordered = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of ordered)
      this.marks.push({ kind: m.kind, start: start + m.start, end: start + m.end });
  }

  /** A thematic break: a zero-length `rule` block where the previous block's text ends. */
  addRule(): void {
    this.blocks.push({ kind: 'rule', start: this.length, end: this.length });
  }

  get text(): string {
    return this.parts.join('');
  }

  private append(part: string): void {
    this.parts.push(part);
    this.length += part.length;
  }
}

/** Prepends an ordered list item's number to a run, shifting its marks. */
function withNumber(number: string, run: InlineText): InlineText {
  if (number === '') return run;
  return {
    text: number + run.text,
    marks: run.marks.map((m) => ({
      kind: m.kind,
      start: m.start + number.length,
      end: m.end + number.length,
    })),
  };
}

/**
 * Parses Markdown into canonical text plus blocks and marks. The text is the blocks' texts joined
 * by a blank line (`\n\n`), with no Markdown or HTML syntax left: headings become `heading`
 * blocks with their level; paragraphs, list items (level = list nesting) and block-quote
 * paragraphs (level = quote nesting) their own kinds; `---` a zero-length `rule` block. An
 * ordered list item keeps its number (`3. `) in the text, since coders cite paragraph numbers;
 * bullets are dropped. Code blocks keep their text. Entities are decoded. Offsets are UTF-16
 * code units, end-exclusive; see `renderInline` for inline details.
 */
export function parseMarkdown(source: string): { text: string; blocks: Block[]; marks: Mark[] } {
  const tokens: Token[] = parser.parse(source, {});
  const out = new CanonicalText();
  const containers: Container[] = [];
  const lists: boolean[] = []; // true for an ordered list
  let quoteDepth = 0;
  let headingLevel: number | undefined;

  const addLeaf = (run: InlineText) => {
    const container = containers[containers.length - 1];
    if (headingLevel !== undefined) out.add('heading', headingLevel, run);
    else if (container) {
      out.add(container.kind, container.level, withNumber(container.number, run));
      if (container.kind === 'list-item') container.number = '';
    } else out.add('paragraph', undefined, run);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push(token.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        containers.push({
          kind: 'list-item',
          level: lists.length,
          number: lists[lists.length - 1] ? `${token.info}${token.markup} ` : '',
        });
        break;
      case 'list_item_close': {
        const item = containers.pop();
        // An empty numbered item still shows its number.
        if (item?.number) out.add('list-item', item.level, { text: item.number, marks: [] });
        break;
      }
      case 'blockquote_open':
        quoteDepth++;
        containers.push({ kind: 'block-quote', level: quoteDepth, number: '' });
        break;
      case 'blockquote_close':
        quoteDepth--;
        containers.pop();
        break;
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        headingLevel = undefined;
        break;
      case 'inline':
        addLeaf(renderInline(token.children ?? []));
        break;
      case 'code_block':
      case 'fence':
        addLeaf({ text: token.content, marks: [] });
        break;
      case 'html_block':
        addLeaf({ text: htmlBlockText(token.content), marks: [] });
        break;
      case 'hr':
        out.addRule();
        break;
      default:
        break; // paragraph_open/close carry no text of their own
    }
  }
  return { text: out.text, blocks: out.blocks, marks: out.marks };
}
