/**
 * Resolves once the next frame has been painted, so work that can wait a frame (writing an edit
 * whose result is already painted optimistically) does not hold that frame back. Resolves after
 * `limitMs` at the latest, because a hidden window paints no frames and the work must still run;
 * at once where there are no frames at all (Node).
 */
export function afterNextPaint(limitMs = 50): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, limitMs);
    // A frame's callbacks run just before it is painted; a task queued from one runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(limit);
        resolve();
      }, 0),
    );
  });
}
