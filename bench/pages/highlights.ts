// The highlight limit: the benchmark text as plain <p> paragraphs with every annotation
// registered once as a CSS Custom Highlight (one highlight per code, translucent as the
// workbench paints them), no product code. It is the simplest way to paint the same spans with
// the browser feature the workbench paints with. Clicking "Render" appends the paragraphs and
// registers the highlights; the key "h" adds one 50-character span at the middle of the view, as
// coding a span adds one range.
import { loadParagraphs, mountScroller, startButton } from './layout';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1'];
const CODES = 30;

const count = Number(new URLSearchParams(location.search).get('annotations') ?? 0);
const { scroller, text } = mountScroller('highlights');
const paragraphs = await loadParagraphs();
const spans = (await (await fetch(`/__data/spans-${count}.json`)).json()) as number[];

const style = document.createElement('style');
style.textContent = Array.from({ length: CODES }, (_, c) => {
  const hex = PALETTE[c % PALETTE.length]!;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `::highlight(limit-c${c}) { background-color: rgb(${r} ${g} ${b} / 0.3); }`;
}).join('\n');
document.head.append(style);

const nodes: Text[] = [];
const starts: number[] = [];
const highlights = Array.from({ length: CODES }, () => new Highlight());

/** The text node and offset of `offset` in the paragraphs' text. */
function point(offset: number): [Text, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return [node, Math.min(node.length, offset - starts[lo]!)];
}

function range(start: number, end: number): StaticRange {
  const [startContainer, startOffset] = point(start);
  const [endContainer, endOffset] = point(end);
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

startButton('Render', () => {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const p of paragraphs) {
    const el = document.createElement('p');
    el.textContent = p;
    nodes.push(el.firstChild as Text);
    starts.push(at);
    at += p.length;
    fragment.append(el);
  }
  text.append(fragment);
  for (let i = 0; i + 2 < spans.length; i += 3)
    highlights[spans[i + 2]! % CODES]!.add(range(spans[i]!, spans[i + 1]!));
  highlights.forEach((h, c) => CSS.highlights.set(`limit-c${c}`, h));
});

let added = 0;
document.addEventListener('keydown', (event) => {
  if (event.key !== 'h' || nodes.length === 0) return;
  // The paragraph at the middle of the view, found as a click would find it.
  const box = scroller.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const index = hit instanceof HTMLParagraphElement ? nodes.indexOf(hit.firstChild as Text) : -1;
  const start = index >= 0 ? starts[index]! : 0;
  highlights[added++ % CODES]!.add(range(start, start + 50));
});
