import { describe, expect, it } from 'vitest';
import { ChunkedWriter, DEFAULT_CHUNK_SIZE } from './chunked-write';

describe('ChunkedWriter', () => {
  it('writes consecutive chunks and counts progress across several writes', async () => {
    const progress: [number, number][] = [];
    const writer = new ChunkedWriter(7, {
      chunkSize: 3,
      onProgress: (d, t) => progress.push([d, t]),
    });
    const chunks: number[][] = [];
    await writer.write([1, 2, 3, 4, 5], async (c) => chunks.push(c));
    await writer.write([6, 7], async (c) => chunks.push(c));
    expect(chunks).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ]);
    expect(progress).toEqual([
      [3, 7],
      [5, 7],
      [7, 7],
    ]);
  });

  it('uses 2,000 records per chunk by default', async () => {
    const sizes: number[] = [];
    await new ChunkedWriter(4500).write(new Array<number>(4500).fill(0), async (c) =>
      sizes.push(c.length),
    );
    expect(DEFAULT_CHUNK_SIZE).toBe(2000);
    expect(sizes).toEqual([2000, 2000, 500]);
  });

  it('stops before the next chunk once cancelled', async () => {
    const controller = new AbortController();
    const writer = new ChunkedWriter(6, { chunkSize: 2, signal: controller.signal });
    let written = 0;
    const run = writer.write([1, 2, 3, 4, 5, 6], async (c) => {
      written += c.length;
      controller.abort();
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(written).toBe(2);
  });
});
