/**
 * Characters XML 1.0 cannot carry at all, even as character references (C0 controls other than
 * tab, LF and CR; U+FFFE/U+FFFF; unpaired surrogates). Written as U+FFFD so an export always
 * parses; `xmlSafe` is exported so checks can compare a quote the same way.
 */
const INVALID = new RegExp(
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

/** The string with characters XML cannot hold replaced by U+FFFD. */
export function xmlSafe(value: string): string {
  return value.replace(INVALID, '\uFFFD');
}

/** Escapes character data. CR is written as a reference, or parsers would turn it into LF. */
export function escapeText(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Escapes an attribute value. Tab, LF and CR are written as references: a parser normalises
 * literal ones to spaces, which would change a quote kept in a selection's `name`.
 */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Attributes in the order they are written; undefined values are left out. */
export type Attrs = [string, string | undefined][];

/**
 * A tiny indenting XML writer: enough for REFI-QDA, where text only appears in leaf elements
 * (`Description`, `PlainTextContent`), so indentation never changes content.
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  private depth = 0;

  private tag(name: string, attrs: Attrs): string {
    const written = attrs
      .filter((a): a is [string, string] => a[1] !== undefined)
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    return `${name}${written}`;
  }

  private line(text: string) {
    this.lines.push(`${'  '.repeat(this.depth)}${text}`);
  }

  open(name: string, attrs: Attrs = []): this {
    this.line(`<${this.tag(name, attrs)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.line(`</${name}>`);
    return this;
  }

  empty(name: string, attrs: Attrs = []): this {
    this.line(`<${this.tag(name, attrs)}/>`);
    return this;
  }

  text(name: string, text: string, attrs: Attrs = []): this {
    this.line(`<${this.tag(name, attrs)}>${escapeText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
