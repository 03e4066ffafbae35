import { useEffect, useState } from 'react';

/** Rows mounted in the first frame, and added in each frame after it. */
export const ROWS_PER_FRAME = 16;

/**
 * How many of `total` rows to mount now: `ROWS_PER_FRAME` at first, as many more in each
 * following animation frame, all of them within a few frames. A table of 50 codes, each cell a
 * figure and a sentence, took 130-170 ms of style, layout and paint in one task when mounted at
 * once (10 coders × 100,000 annotations, traced with bench/profile-agreement.ts); in slices
 * each frame stays short, and the rows a reader sees first come first. `key` restarts the count
 * (another table shown).
 */
export function useProgressiveCount(total: number, key: unknown): number {
  const [shown, setShown] = useState(() => Math.min(total, ROWS_PER_FRAME));
  const [forKey, setForKey] = useState(key);
  if (forKey !== key) {
    setForKey(key);
    setShown(Math.min(total, ROWS_PER_FRAME));
  }
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + ROWS_PER_FRAME)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}
