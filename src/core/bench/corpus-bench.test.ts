import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../corpus/markdown';
import { parsePlainText } from '../corpus/plain-text';
import { benchCorpusParse, generateDocument } from './corpus-bench';

describe('corpus benchmark', () => {
  it('generates documents of the requested size that parse into many blocks', () => {
    const txt = generateDocument('txt', 20_000);
    expect(txt.length).toBeGreaterThanOrEqual(20_000);
    expect(parsePlainText(txt).blocks.length).toBeGreaterThan(20);
    const md = parseMarkdown(generateDocument('md', 20_000));
    expect(md.blocks.some((b) => b.kind === 'heading')).toBe(true);
    expect(md.marks.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['emphasis', 'strong', 'superscript']),
    );
    expect(md.blocks.every((b) => b.kind !== 'list-item')).toBe(true);
  });

  it('reports figures with units (no timing assertions)', () => {
    const figures = benchCorpusParse(10_000); // small: the real run is `npm run bench`
    expect(figures.map((f) => f.unit)).toEqual(['ms', 'ms', 'ms', '×', '×']);
    for (const f of figures) expect(Number.isFinite(f.value)).toBe(true);
    expect(figures[0]?.label).toContain('10000 chars');
  });
});
