import type { ProgressListener } from './exchange-work';

/**
 * Passes progress on at most once per `ms` (and always the first report and the last, done ===
 * total), so a worker writing 100,000 records posts a few messages a second, not one a record,
 * and the UI thread repaints the figure only as often as a person can read it.
 */
export function throttleProgress(
  listener: ProgressListener,
  ms = 100,
  now: () => number = () => performance.now(),
): ProgressListener {
  let last = -Infinity;
  return (done, total) => {
    const at = now();
    if (done < total && at - last < ms) return;
    last = at;
    listener(done, total);
  };
}
