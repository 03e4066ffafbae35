import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlushRequests } from './flush-requests';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('flush requests', () => {
  it('resolves when the renderer answers the token it was sent', async () => {
    const sent: number[] = [];
    const send = (t: number) => void sent.push(t);
    const requests = createFlushRequests({ timeoutMs: 1000 });
    const outcome = requests.request(send);
    expect(sent).toHaveLength(1);
    requests.done(sent[0] ?? -1);
    await expect(outcome).resolves.toBe('flushed');
  });

  it('waits a bounded time for a renderer that never answers, and ignores stale answers', async () => {
    const sent: number[] = [];
    const send = (t: number) => void sent.push(t);
    const requests = createFlushRequests({ timeoutMs: 1000 });
    const first = requests.request(send);
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(first).resolves.toBe('timed-out');

    const second = requests.request(send);
    requests.done(sent[0] ?? -1); // the first request's late answer
    await vi.advanceTimersByTimeAsync(1000);
    await expect(second).resolves.toBe('timed-out');
  });

  it('does not wait when the message cannot be sent', async () => {
    const requests = createFlushRequests({ timeoutMs: 60_000 });
    const destroyed = () => {
      throw new Error('Object has been destroyed');
    };
    await expect(requests.request(destroyed)).resolves.toBe('timed-out');
  });
});
