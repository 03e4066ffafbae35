import { afterEach, describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../../core/corpus/markdown';
import corpusMarkdown from '../../../../../resources/corpus/E-RES-2011-31.md?raw';
import { MAX_TEXT_NODE, renderDocument } from './render-text';
import type { SurfaceDocument } from './types';

let container: HTMLElement;
afterEach(() => container?.remove());

function mount(): HTMLElement {
  container = document.createElement('div');
  container.style.whiteSpace = 'pre-wrap';
  container.style.width = '400px';
  document.body.append(container);
  return container;
}

describe('renderDocument', () => {
  test('each block element holds exactly its slice of the canonical text, gaps are not rendered', () => {
    const doc = parseMarkdown(corpusMarkdown);
    expect(doc.blocks.length).toBeGreaterThan(10);
    const map = renderDocument(mount(), doc);
    expect(map.blocks).toHaveLength(doc.blocks.length);
    map.blocks.forEach((b, i) => {
      const block = doc.blocks[i]!;
      expect(b.element.textContent).toBe(doc.text.slice(block.start, block.end));
      expect(b.element.dataset.start).toBe(String(block.start));
      expect(b.element.dataset.end).toBe(String(block.end));
    });
    const slices = doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('');
    expect(container.textContent).toBe(slices);
  });

  test('blocks become semantic elements', () => {
    const text = 'Title\n\nBody\n\nItem\n\nQuote';
    const doc: SurfaceDocument = {
      text,
      blocks: [
        { kind: 'heading', start: 0, end: 5, level: 2 },
        { kind: 'paragraph', start: 7, end: 11 },
        { kind: 'rule', start: 11, end: 11 },
        { kind: 'list-item', start: 13, end: 17, level: 1 },
        { kind: 'block-quote', start: 19, end: 24, level: 1 },
      ],
      marks: [],
    };
    const map = renderDocument(mount(), doc);
    expect(map.blocks.map((b) => b.element.localName)).toEqual([
      'h2',
      'p',
      'hr',
      'li',
      'blockquote',
    ]);
    expect(map.blocks[3]!.element.parentElement!.localName).toBe('ul');
  });

  test('marks become nested em/strong/sup runs, one Text node per run', () => {
    const text = 'plain bold both sup1';
    const doc: SurfaceDocument = {
      text,
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
      marks: [
        { kind: 'strong', start: 6, end: 15 },
        { kind: 'emphasis', start: 11, end: 15 },
        { kind: 'superscript', start: 19, end: 20 },
      ],
    };
    const map = renderDocument(mount(), doc);
    const p = map.blocks[0]!.element;
    const all = (selector: string) =>
      [...p.querySelectorAll(selector)].map((e) => e.textContent).join('');
    expect(all('strong')).toBe('bold both');
    expect(all('em')).toBe('both');
    expect(p.querySelector('strong em')!.textContent).toBe('both');
    expect(p.querySelector('sup')!.textContent).toBe('1');
    expect(map.runs.map((r) => r.node.data)).toEqual(['plain ', 'bold ', 'both', ' sup', '1']);
    for (const r of map.runs) expect(r.node.data).toBe(text.slice(r.start, r.end));
  });

  test('line breaks inside a block are kept (pre-wrap)', () => {
    const text = 'first line\nsecond line';
    const map = renderDocument(mount(), {
      text,
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
      marks: [],
    });
    const a = map.rangeFor(0, 1).getBoundingClientRect();
    const b = map.rangeFor(11, 12).getBoundingClientRect();
    expect(b.top).toBeGreaterThan(a.top);
  });

  test('a text without blocks is shown whole as one paragraph', () => {
    const map = renderDocument(mount(), { text: 'no blocks here', blocks: [], marks: [] });
    expect(map.blocks).toHaveLength(1);
    expect(container.textContent).toBe('no blocks here');
  });

  test('a 5 MB single-line paragraph is rendered in bounded text nodes that never split a character', () => {
    // Emoji (surrogate pairs) at every length so some fall on a cut.
    const unit = 'word 😀 another ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const doc: SurfaceDocument = {
      text,
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
      marks: [],
    };
    const map = renderDocument(mount(), doc);
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    expect(nodes.length).toBeGreaterThan(text.length / MAX_TEXT_NODE - 1);
    expect(Math.max(...nodes.map((n) => n.data.length))).toBeLessThanOrEqual(MAX_TEXT_NODE + 1);
    for (const n of nodes) {
      expect(/^[\uDC00-\uDFFF]/.test(n.data) || /[\uD800-\uDBFF]$/.test(n.data)).toBe(false);
    }
    expect(container.textContent).toBe(text);
    // The text map still finds every offset in its node.
    const middle = Math.floor(text.length / 2);
    const point = map.pointAt(middle, 'forward');
    expect(point?.node.textContent?.length).toBeLessThanOrEqual(MAX_TEXT_NODE + 1);
  });
});
