import { describe, expect, it } from 'vitest';
import { benchReanchor, reanchorWorkload } from './reanchor.bench';

describe('benchReanchor (small sizes: the harness, not the figures)', () => {
  it('accounts for every annotation and times both sides', () => {
    const workload = reanchorWorkload(300, 60_000, 3);
    expect(workload.oldText.length).toBeGreaterThanOrEqual(60_000);
    expect(workload.newText).not.toBe(workload.oldText);
    const figures = benchReanchor(workload);
    expect(figures.exact + figures.fuzzy + figures.orphan).toBe(300);
    // Most of a lightly revised text carries over exactly.
    expect(figures.exact).toBeGreaterThan(250);
    expect(figures.reanchorMs).toBeGreaterThan(0);
    expect(figures.indexOfMs).toBeGreaterThan(0);
  });
});
