import { describe, expect, it } from 'vitest';
import { benchIntervalIndex } from './interval-index.bench';

describe('benchIntervalIndex', () => {
  it('reports labelled figures (small run; timings are not asserted)', () => {
    const figures = benchIntervalIndex(2000, 200);
    expect(figures).toHaveLength(5);
    for (const f of figures) {
      expect(f.label).not.toBe('');
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.value).toBeGreaterThanOrEqual(0);
    }
  });
});
