import { median, round, type BenchFigure } from '../../../../core/bench/measure';
import { DocumentSurface } from './document-surface';
import { renderDocument } from './render-text';
import {
  indexQuery,
  mountScroller,
  syntheticAnnotations,
  syntheticCodes,
  syntheticDocument,
} from './surface-fixtures';

export type { BenchFigure } from '../../../../core/bench/measure';

/** Size of the benchmark document (defaults: ARCHITECTURE.md section 4). */
export interface SurfaceBenchOptions {
  paragraphs?: number;
  charsPerParagraph?: number;
  annotations?: number;
  codes?: number;
  /** Runs per measurement; the median is reported. */
  runs?: number;
}

/**
 * First paint of the document surface on a long, densely coded document (1,000,000 characters in
 * 2,000 paragraphs, 100,000 annotations over 30 codes) against the bare limit of rendering the
 * text alone, plus the cost of a scroll rebuild and a click hit-test. Runs in a real browser page.
 */
export async function runSurfaceBench(options: SurfaceBenchOptions = {}): Promise<BenchFigure[]> {
  const paragraphs = options.paragraphs ?? 2000;
  const chars = options.charsPerParagraph ?? 500;
  const runs = options.runs ?? 3;
  const doc = syntheticDocument(paragraphs, chars);
  const codes = syntheticCodes(options.codes ?? 30);
  const perBlock = Math.max(1, Math.round((options.annotations ?? 100_000) / paragraphs));
  const annotations = syntheticAnnotations(doc, perBlock, codes);
  let t = performance.now();
  const query = indexQuery(annotations);
  const indexMs = performance.now() - t;

  const bare: number[] = [];
  const full: number[] = [];
  const scroll: number[] = [];
  const click: number[] = [];
  let ranges = 0;
  for (let i = 0; i < runs; i++) {
    const box = mountScroller(800, 900);
    t = performance.now();
    renderDocument(box, doc);
    void box.offsetHeight; // Force layout.
    await afterPaint();
    bare.push(performance.now() - t);
    box.remove();

    const host = mountScroller(800, 900);
    t = performance.now();
    const surface = new DocumentSurface(host);
    surface.setCodes(codes);
    surface.setAnnotationSource(query, 1);
    surface.load(doc);
    await afterPaint();
    full.push(performance.now() - t);
    ranges = surface.registeredRangeCount();

    t = performance.now();
    surface.scrollToOffset(doc.blocks[Math.floor(paragraphs / 2)]!.start);
    await afterPaint();
    scroll.push(performance.now() - t);

    const r = surface.map!.rangeFor(
      doc.blocks[Math.floor(paragraphs / 2)]!.start + 3,
      doc.blocks[Math.floor(paragraphs / 2)]!.start + 4,
    );
    const rect = r.getBoundingClientRect();
    t = performance.now();
    for (let k = 0; k < 100; k++) surface.annotationsAt(rect.left + 1, rect.top + rect.height / 2);
    click.push((performance.now() - t) / 100);
    surface.dispose();
    host.remove();
  }
  const bareMs = median(bare);
  const fullMs = median(full);
  return [
    { label: `surface: text length`, value: doc.text.length, unit: 'chars' },
    { label: `surface: annotations`, value: annotations.length, unit: 'annotations' },
    { label: 'surface: interval index build', value: round(indexMs), unit: 'ms' },
    { label: 'surface: bare text first paint (limit)', value: round(bareMs), unit: 'ms' },
    { label: 'surface: first paint with highlights and stripes', value: round(fullMs), unit: 'ms' },
    { label: 'surface: first paint / bare limit', value: round(fullMs / bareMs), unit: 'x' },
    { label: 'surface: ranges registered near viewport', value: ranges, unit: 'ranges' },
    { label: 'surface: scroll to middle and repaint', value: round(median(scroll)), unit: 'ms' },
    { label: 'surface: hit-test one click', value: round(median(click)), unit: 'ms' },
  ];
}

/** Resolves after the browser has painted the current frame (rAF, then a task after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
