import { describe, expect, it } from 'vitest';
import { createWorkerPool, type PoolReply } from './worker-pool';

/** A stand-in for a Web Worker: records what it is sent; the test answers for it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { id: number; type?: string; job?: number }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PoolReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: PoolReply) {
    this.onmessage?.({ data: reply } as MessageEvent<PoolReply>);
  }
}

function pool(keepIdle = 1) {
  FakeWorker.made = [];
  // The fake has the parts of Worker the pool uses.
  return createWorkerPool(() => new FakeWorker() as unknown as Worker, keepIdle);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a worker pool', () => {
  it('runs each job in a worker of its own; cancelling one stops only its worker', async () => {
    const jobs = pool();
    const stop = new AbortController();
    const a = jobs.run({ type: 'a' }, { signal: stop.signal });
    const b = jobs.run({ type: 'b' });
    const [first, second] = FakeWorker.made;
    expect(FakeWorker.made).toHaveLength(2);
    stop.abort();
    await expect(a).rejects.toThrow();
    expect(first!.terminated).toBe(true);
    expect(second!.terminated).toBe(false);
    second!.answer({ id: second!.posted[0]!.id, result: 'b done' });
    expect(await b).toBe('b done');
  });

  it('tells a soft job to stop, answers at once, and keeps its worker until it has wound down', async () => {
    const jobs = pool();
    const stop = new AbortController();
    const progress: number[] = [];
    const job = jobs.run(
      { type: 'import' },
      { signal: stop.signal, soft: true, onProgress: (n) => progress.push(n) },
    );
    const [worker] = FakeWorker.made;
    const id = worker!.posted[0]!.id;
    worker!.answer({ id, progress: [1, 3] });
    stop.abort();
    await expect(job).rejects.toThrow();
    expect(worker!.terminated).toBe(false);
    expect(worker!.posted[1]).toMatchObject({ type: 'cancel', job: id });
    // Progress after the cancel is not reported; the worker's last answer frees it for reuse.
    worker!.answer({ id, progress: [2, 3] });
    worker!.answer({ id, error: 'Cancelled.' });
    expect(progress).toEqual([1]);
    void jobs.run({ type: 'next' });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('starts a queued job once the previous one of its queue has wound down', async () => {
    const jobs = pool(2);
    const stop = new AbortController();
    const first = jobs.run({ type: 'one' }, { signal: stop.signal, soft: true, queue: 'q' });
    const second = jobs.run({ type: 'two' }, { queue: 'q' });
    await flush();
    expect(FakeWorker.made).toHaveLength(1);
    stop.abort();
    await expect(first).rejects.toThrow();
    await flush();
    // Still erasing: the second waits.
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    worker!.answer({ id: worker!.posted[0]!.id, error: 'Cancelled.' });
    await flush();
    const started = worker!.posted.find((m) => m.type === 'two');
    expect(started).toBeDefined();
    worker!.answer({ id: started!.id, result: 2 });
    expect(await second).toBe(2);
  });

  it('answers a queued job cancelled before its turn at once, and never starts it', async () => {
    const jobs = pool();
    const first = jobs.run({ type: 'one' }, { queue: 'q' });
    const stop = new AbortController();
    const second = jobs.run({ type: 'two' }, { queue: 'q', signal: stop.signal });
    stop.abort();
    await expect(second).rejects.toThrow();
    const [worker] = FakeWorker.made;
    worker!.answer({ id: worker!.posted[0]!.id, result: 1 });
    expect(await first).toBe(1);
    await flush();
    expect(FakeWorker.made.flatMap((w) => w.posted).map((m) => m.type)).toEqual(['one']);
  });

  it('rejects a job whose worker fails, and starts a fresh worker for the next', async () => {
    const jobs = pool();
    const job = jobs.run({ type: 'a' });
    const [worker] = FakeWorker.made;
    worker!.onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(job).rejects.toThrow('boom');
    expect(worker!.terminated).toBe(true);
    void jobs.run({ type: 'b' });
    expect(FakeWorker.made).toHaveLength(2);
  });
});
