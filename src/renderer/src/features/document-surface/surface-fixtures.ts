import type { Block } from '../../../../core/model/types';
import { IntervalIndex } from '../../../../core/index/interval-index';
import { DocumentSurface } from './document-surface';
import type { AnnotationQuery, SurfaceAnnotation, SurfaceCode, SurfaceDocument } from './types';

/**
 * Synthetic documents, codes and annotations of a chosen size, for the browser tests and the
 * surface benchmark (deterministic: a seeded generator, so runs compare).
 */
export function syntheticDocument(
  paragraphs: number,
  charsPerParagraph: number,
  seed = 1,
): SurfaceDocument {
  const random = seeded(seed);
  const words = [
    'coding',
    'theme',
    'segment',
    'résumé',
    'memo',
    'interview',
    'the',
    'of',
    'and',
    'participant',
  ];
  const parts: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  for (let p = 0; p < paragraphs; p++) {
    let para = `${p + 1}.`;
    while (para.length < charsPerParagraph)
      para += ` ${words[Math.floor(random() * words.length)]!}`;
    para = para.slice(0, charsPerParagraph);
    if (p > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    parts.push(para);
    blocks.push({ kind: 'paragraph', start: offset, end: offset + para.length });
    offset += para.length;
  }
  return { text: parts.join(''), blocks, marks: [] };
}

/** `count` codes with distinct colours. */
export function syntheticCodes(count: number): SurfaceCode[] {
  return Array.from({ length: count }, (_, i) => {
    const hue = Math.round((i * 360) / Math.max(1, count));
    return { id: `code-${i}`, name: `Code ${i + 1}`, color: hslToHex(hue, 70, 50) };
  });
}

/** `perBlock` annotations inside every block, each with one random code, sorted by start. */
export function syntheticAnnotations(
  doc: SurfaceDocument,
  perBlock: number,
  codes: readonly SurfaceCode[],
  seed = 2,
): SurfaceAnnotation[] {
  const random = seeded(seed);
  const out: SurfaceAnnotation[] = [];
  doc.blocks.forEach((block, b) => {
    const length = block.end - block.start;
    for (let k = 0; k < perBlock && length > 1; k++) {
      const start = block.start + Math.floor(random() * (length - 1));
      const end = Math.min(block.end, start + 1 + Math.floor(random() * Math.min(120, length)));
      const code = codes[Math.floor(random() * codes.length)]!;
      out.push({ id: `a-${b}-${k}`, start, end, codeIds: [code.id] });
    }
  });
  return out.sort((x, y) => x.start - y.start);
}

/** An interval-index query over `annotations` (what the app passes to the surface). */
export function indexQuery(annotations: readonly SurfaceAnnotation[]): AnnotationQuery {
  const index = new IntervalIndex<SurfaceAnnotation>();
  for (const a of annotations) index.add(a);
  return (start, end) => index.overlapping(start, end);
}

/**
 * A surface in a fresh scroller (300 × 500 px) showing a synthetic document of `paragraphs`
 * blocks of `chars` characters, `codeCount` codes, and `perBlock` annotations per block coded
 * with the first `inUse` codes (all by default).
 */
export function syntheticSurface(
  paragraphs: number,
  chars: number,
  codeCount: number,
  perBlock: number,
  inUse = codeCount,
) {
  const scroller = mountScroller(300, 500);
  const surface = new DocumentSurface(scroller);
  const doc = syntheticDocument(paragraphs, chars);
  const codes = syntheticCodes(codeCount);
  surface.load(doc);
  surface.setCodes(codes);
  const annotations = syntheticAnnotations(doc, perBlock, codes.slice(0, inUse));
  surface.setAnnotationSource(indexQuery(annotations), 1);
  return { scroller, surface, doc, codes, annotations };
}

/** A fixed-size scroll container attached to the page (tests and benchmark mount into it). */
export function mountScroller(height = 400, width = 600): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `height:${height}px;width:${width}px;overflow:auto;position:relative;font:16px/1.5 sans-serif`;
  document.body.append(el);
  return el;
}

/** Resolves after the next animation frame has run (and the one after, so rAF work is done). */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number): string => {
    const k = (n + h / 30) % 12;
    const c = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}
