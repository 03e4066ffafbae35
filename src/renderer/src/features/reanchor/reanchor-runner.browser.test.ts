import { describe, expect, it } from 'vitest';
import { reanchorAll } from '../../../../core/anchoring/reanchor';
import { reanchorWorkload } from '../../../../core/anchoring/reanchor/reanchor.bench';
import { manyW3cAnnotations } from '../../../../core/formats/w3c/test-support/many-annotations';
import { w3cIntoProject } from '../../../../core/formats/w3c/w3c-into-project';
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

describe('W3C placing in the Web Worker', () => {
  const options = { coderId: 'ada', now: '2026-11-30T09:00:00.000Z' };

  it('places what w3cIntoProject places on the calling thread, with progress', async () => {
    const { project, file } = manyW3cAnnotations(400, 600);
    const runner = createWorkerReanchor();
    const progress: number[] = [];
    const result = await runner.placeW3c(project, 'm.json', file, options, {
      onProgress: (done) => progress.push(done),
    });
    let n = 0;
    const expected = w3cIntoProject(project, 'm.json', file, {
      ...options,
      newId: () => `x${++n}`,
    });
    const spans = (r: typeof result) =>
      r.ok ? r.annotations.map((a) => [a.start, a.end, a.quote, a.codeIds.length]) : r.problems;
    expect(spans(result)).toEqual(spans(expected));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(600);
  });

  it('stops when cancelled, and the same worker serves the next run', async () => {
    const { project, file } = manyW3cAnnotations(400, 5000);
    const runner = createWorkerReanchor();
    const controller = new AbortController();
    const run = runner.placeW3c(project, 'm.json', file, options, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow('cancelled');
    const small = manyW3cAnnotations(50, 5);
    const next = await runner.placeW3c(small.project, 's.json', small.file, options);
    expect(next.ok && next.annotations).toHaveLength(5);
  });
});
