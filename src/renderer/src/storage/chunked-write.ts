/** Told after each chunk of a bulk write: records written so far and the total. */
export type ProgressCallback = (done: number, total: number) => void;

/** Options of the long bulk writes (adding documents, importing a project). */
export interface BulkWriteOptions {
  /** Called after each chunk; the write is still uncommitted until the returned promise settles. */
  onProgress?: ProgressCallback;
  /** Aborting it stops between chunks and rolls the whole transaction back. */
  signal?: AbortSignal;
  /** Records per `bulkAdd`/`bulkPut`; defaults to `DEFAULT_CHUNK_SIZE`. */
  chunkSize?: number;
}

/**
 * Records written per bulk call. Large enough that per-request overhead vanishes, small enough
 * that progress moves and one call never builds a huge request list.
 */
export const DEFAULT_CHUNK_SIZE = 2000;

/**
 * Counts progress across several chunked writes made in one transaction (e.g. documents, then
 * codes, then annotations), so the caller sees one `done / total` for the whole job.
 */
export class ChunkedWriter {
  private done = 0;
  private readonly chunkSize: number;

  constructor(
    private readonly total: number,
    private readonly options: BulkWriteOptions = {},
  ) {
    this.chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  }

  /**
   * Calls `write` with consecutive slices of `items` (`chunkSize` each, the writer's own size
   * unless given). Checks for cancellation before each chunk;
   * throwing inside a Dexie transaction aborts it, so a cancelled job leaves nothing behind.
   * `count` says how many records a slice holds, when an item holds several (a row of
   * annotations); by default one each.
   */
  async write<T>(
    items: readonly T[],
    write: (chunk: T[]) => Promise<unknown>,
    chunkSize = this.chunkSize,
    count: (chunk: readonly T[]) => number = (chunk) => chunk.length,
  ): Promise<void> {
    const size = Math.max(1, Math.floor(chunkSize));
    for (let i = 0; i < items.length; i += size) {
      this.options.signal?.throwIfAborted();
      const chunk = items.slice(i, i + size);
      await write(chunk);
      this.done += count(chunk);
      this.options.onProgress?.(this.done, this.total);
    }
  }
}
