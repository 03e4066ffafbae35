import { SaxesParser } from 'saxes';
import { RefiQdaError } from './refi-error';

/** An XML element as the REFI-QDA reader needs it: local name, attributes, children, own text. */
export interface XmlElement {
  /** Local name, namespace prefix dropped (`xsd:Code` → `Code`): readers ignore namespaces. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA directly inside it), joined. */
  text: string;
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/**
 * Decodes XML bytes: UTF-16 when a byte-order mark says so, else UTF-8 (invalid bytes become
 * U+FFFD rather than failing, since readers are tolerant). A UTF-8 BOM is dropped.
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM by default
}

/**
 * Parses an XML document into a small tree with saxes, a strict, non-validating, streaming parser
 * that never fetches anything and knows no entities but the five predefined ones. A DOCTYPE is
 * refused outright (it is how entity-expansion attacks such as "billion laughs" start, and no
 * REFI-QDA file needs one); so is nesting deeper than `maxDepth`. Errors name `fileName`.
 */
export function parseXml(text: string, fileName: string, maxDepth = 256): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let refusal: string | null = null;
  const refuse = (problem: string): never => {
    refusal = problem;
    throw new Error(problem);
  };
  parser.on('doctype', () =>
    refuse('the XML declares a DOCTYPE (entity declarations are refused for safety)'),
  );
  parser.on('opentag', (tag) => {
    if (stack.length >= maxDepth) refuse(`the XML nests deeper than ${maxDepth} elements`);
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      attrs[localName(key)] = typeof value === 'string' ? value : value.value;
    }
    const element: XmlElement = { name: localName(tag.name), attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (e) => {
    throw e;
  });
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (e) {
    if (refusal) throw new RefiQdaError(fileName, refusal);
    const message = e instanceof Error ? e.message : String(e);
    throw new RefiQdaError(fileName, `the XML is not well formed (${message})`);
  }
  if (!root) throw new RefiQdaError(fileName, 'the XML has no root element');
  return root;
}

/** The first child element with this local name, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** All child elements with this local name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
