import { describe, expect, it } from 'vitest';
import { benchExchange } from './exchange.bench';

describe('benchExchange', () => {
  it('reports labelled figures on a small run (timings are not asserted)', async () => {
    const figures = await benchExchange(500);
    expect(figures).toHaveLength(5);
    for (const f of figures) expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
    expect(figures[4]?.value).toBeGreaterThan(0);
  });
});
