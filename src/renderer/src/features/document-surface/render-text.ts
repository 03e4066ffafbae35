import type { Block, MarkKind } from '../../../../core/model/types';
import { TextMap, type RenderedBlock, type TextRun } from './text-map';
import type { SurfaceDocument } from './types';

/** Inline elements for marks, outermost first, so nesting is the same wherever marks overlap. */
const MARK_TAGS: readonly [MarkKind, string][] = [
  ['strong', 'strong'],
  ['emphasis', 'em'],
  ['superscript', 'sup'],
];

/**
 * Renders a document's text once into `container` (emptied first): one element per block with
 * `data-start`/`data-end`, split into inline runs at mark boundaries, one Text node per run.
 * Text between blocks is not rendered. Returns the map between offsets and DOM positions.
 * Annotations never touch this DOM; the painter highlights it through ranges.
 */
export function renderDocument(container: HTMLElement, doc: SurfaceDocument): TextMap {
  container.replaceChildren();
  const blocks = effectiveBlocks(doc);
  const rendered: RenderedBlock[] = [];
  const runs: TextRun[] = [];
  const fragment = document.createDocumentFragment();
  let list: HTMLUListElement | null = null;
  for (const block of blocks) {
    const element = blockElement(block, doc.text);
    element.dataset.start = String(block.start);
    element.dataset.end = String(block.end);
    if (block.kind === 'list-item') {
      // Consecutive list items share one list so `li` keeps its semantics.
      if (!list) {
        list = document.createElement('ul');
        list.className = 'mc-list';
        fragment.append(list);
      }
      list.append(element);
    } else {
      list = null;
      fragment.append(element);
    }
    if (element.localName !== 'hr') appendRuns(element, block, doc, runs);
    rendered.push({ start: block.start, end: block.end, element });
  }
  container.append(fragment);
  return new TextMap(doc.text, rendered, runs);
}

/** The blocks to render: sorted, clamped to the text; the whole text as one paragraph if none. */
function effectiveBlocks(doc: SurfaceDocument): Block[] {
  const n = doc.text.length;
  if (doc.blocks.length === 0) return n > 0 ? [{ kind: 'paragraph', start: 0, end: n }] : [];
  const sorted = doc.blocks
    .map((b) => ({ ...b, start: clamp(b.start, 0, n), end: clamp(b.end, 0, n) }))
    .filter((b) => b.end >= b.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Blocks must not overlap (each offset is shown once); a later overlapping block is clipped.
  const out: Block[] = [];
  let prevEnd = 0;
  for (const b of sorted) {
    const start = Math.max(b.start, prevEnd);
    if (start > b.end || (start === b.end && b.start !== b.end)) continue;
    out.push({ ...b, start });
    prevEnd = b.end;
  }
  return out;
}

function blockElement(block: Block, text: string): HTMLElement {
  switch (block.kind) {
    case 'heading':
      return document.createElement(`h${clamp(block.level ?? 1, 1, 6)}`);
    case 'list-item': {
      const li = document.createElement('li');
      li.style.marginInlineStart = `${Math.max(0, (block.level ?? 1) - 1) * 1.5}em`;
      return li;
    }
    case 'block-quote':
      return document.createElement('blockquote');
    case 'rule': {
      // A rule whose source text is kept in the canonical text must still show that text.
      if (block.end === block.start || text.slice(block.start, block.end).trim() === '') {
        return document.createElement('hr');
      }
      const div = document.createElement('div');
      div.setAttribute('role', 'separator');
      div.className = 'mc-rule';
      return div;
    }
    default:
      return document.createElement('p');
  }
}

/** Splits a block at mark boundaries and appends one Text node per run. */
function appendRuns(
  element: HTMLElement,
  block: Block,
  doc: SurfaceDocument,
  runs: TextRun[],
): void {
  const marks = doc.marks.filter(
    (m) => m.start < block.end && m.end > block.start && m.end > m.start,
  );
  const cuts = new Set<number>([block.start, block.end]);
  for (const m of marks) {
    if (m.start > block.start) cuts.add(m.start);
    if (m.end < block.end) cuts.add(m.end);
  }
  // Long runs are cut into bounded text nodes: Chromium's hit-testing and selection work per
  // text node, so one 5 MB line as a single node made every drag slow (measured: median drag
  // 290 ms as one node, 167 ms in 2,048-character nodes). Cuts never split a surrogate pair.
  for (const [from, to] of pairs([...cuts].sort((a, b) => a - b))) {
    for (let at = from + MAX_TEXT_NODE; at < to - MAX_TEXT_NODE / 4; at += MAX_TEXT_NODE) {
      cuts.add(isHighSurrogate(doc.text.charCodeAt(at - 1)) ? at + 1 : at);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const node = document.createTextNode(doc.text.slice(start, end));
    let parent: Node = node;
    for (let t = MARK_TAGS.length - 1; t >= 0; t--) {
      const [kind, tag] = MARK_TAGS[t]!;
      if (marks.some((m) => m.kind === kind && m.start <= start && m.end >= end)) {
        const wrapper = document.createElement(tag);
        wrapper.append(parent);
        parent = wrapper;
      }
    }
    element.append(parent);
    runs.push({ start, end, node });
  }
}

/** The longest text node a paragraph is rendered with (UTF-16 code units). */
export const MAX_TEXT_NODE = 2048;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Consecutive pairs of a sorted list: [a, b], [b, c], ... */
function pairs(points: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i++) out.push([points[i]!, points[i + 1]!]);
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
