import { describe, expect, it } from 'vitest';
import { importW3c, importW3cInChunks } from './import-w3c';
import { manyW3cAnnotations } from './test-support/many-annotations';

const context = (snapshot: ReturnType<typeof manyW3cAnnotations>['project']) => {
  let n = 0;
  return { snapshot, coderId: 'ada', now: '2026-11-30T09:00:00.000Z', newId: () => `id-${++n}` };
};

describe('importW3cInChunks', () => {
  it('gives what importW3c gives, reporting progress after each chunk', async () => {
    const { project, file } = manyW3cAnnotations(500, 450);
    const progress: [number, number][] = [];
    const chunked = await importW3cInChunks('many.w3c.json', file, context(project), {
      chunkSize: 100,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(chunked).toEqual(importW3c('many.w3c.json', file, context(project)));
    // Half the positions disagree with their quotes: those are placed by the quote.
    expect(chunked.ok && chunked.moved.length).toBeGreaterThan(200);
    expect(progress).toEqual([
      [100, 450],
      [200, 450],
      [300, 450],
      [400, 450],
      [450, 450],
    ]);
  });

  it('stops between chunks when cancelled, rejecting with the signal’s reason', async () => {
    const { project, file } = manyW3cAnnotations(500, 450);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = importW3cInChunks('many.w3c.json', file, context(project), {
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(seen).toEqual([100]);
  });
});
