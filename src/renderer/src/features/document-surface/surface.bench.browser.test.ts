import { expect, test } from 'vitest';
import { runSurfaceBench } from './surface.bench';

// The benchmark itself runs at full size from the benchmark page; here a small run proves it
// works and prints sensible figures. Set SURFACE_BENCH_FULL=1 to run the full size here.
test('the surface benchmark returns its figures', async () => {
  const full = import.meta.env.VITE_SURFACE_BENCH_FULL === '1';
  const figures = await runSurfaceBench(
    full ? { runs: 3 } : { paragraphs: 200, charsPerParagraph: 300, annotations: 4000, runs: 1 },
  );
  if (full) console.log(figures.map((f) => `${f.label}: ${f.value} ${f.unit}`).join('\n'));
  const get = (label: string) => figures.find((f) => f.label.endsWith(label))!.value;
  expect(get('text length')).toBeGreaterThan(0);
  expect(get('bare text first paint (limit)')).toBeGreaterThan(0);
  expect(get('first paint with highlights and stripes')).toBeGreaterThan(0);
  expect(get('ranges registered near viewport')).toBeGreaterThan(0);
  expect(get('ranges registered near viewport')).toBeLessThan(get('annotations'));
}, 120_000);
