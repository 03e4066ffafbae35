import { describe, expect, it } from 'vitest';
import { reanchorAll } from '../../../../core/anchoring/reanchor';
import { reanchorWorkload } from '../../../../core/anchoring/reanchor/reanchor.bench';
import { createWorkerReanchor } from './reanchor-runner';

describe('re-anchoring in a Web Worker', () => {
  it('gives the same placements as core on the calling thread, with progress', async () => {
    const { oldText, newText, anchors } = reanchorWorkload(600, 60_000, 2);
    const runner = createWorkerReanchor();
    const progress: number[] = [];
    const placed = await runner.reanchor(oldText, newText, anchors, {
      onProgress: (done) => progress.push(done),
    });
    expect(placed).toEqual(reanchorAll(oldText, newText, anchors));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(600);
  });

  it('stops when cancelled, and the same worker serves the next run', async () => {
    const { oldText, newText, anchors } = reanchorWorkload(3000, 300_000, 4);
    const runner = createWorkerReanchor();
    const controller = new AbortController();
    const run = runner.reanchor(oldText, newText, anchors, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow('cancelled');
    const next = await runner.reanchor(oldText, newText, anchors.slice(0, 5));
    expect(next).toHaveLength(5);
  });
});
