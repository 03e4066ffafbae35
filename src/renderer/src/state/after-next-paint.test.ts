import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';
import { openedDocument } from './test-support/opened-document';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Frames that come only when the test says so. */
function stubFrames() {
  const callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
  return () => callbacks.splice(0).forEach((cb) => cb(performance.now()));
}

describe('afterNextPaint', () => {
  it('resolves after the next frame, not before', async () => {
    const frame = stubFrames();
    let done = false;
    const waited = afterNextPaint(10_000).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    frame();
    await waited;
    expect(done).toBe(true);
  });

  it('resolves after its limit when no frame comes (a hidden window)', async () => {
    stubFrames();
    vi.useFakeTimers();
    let done = false;
    const waited = afterNextPaint(50).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(49);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waited;
    expect(done).toBe(true);
  });
});

describe('a code applied after the paint', () => {
  it('keeps its place in the queue: an undo asked for meanwhile undoes it', async () => {
    const frame = stubFrames();
    const { workbench, code } = await openedDocument();
    const applied = workbench.coding.applyCode({ start: 0, end: 7 }, code.id, {
      afterPaint: true,
    });
    const undone = workbench.undo();
    await new Promise((r) => setTimeout(r, 20));
    expect(workbench.annotations.size).toBe(0); // not written before the frame
    frame();
    await applied;
    expect(await undone).toBe('apply code Victims');
    expect(workbench.annotations.size).toBe(0);
  });
});
