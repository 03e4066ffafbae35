import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';

/** The probe every benchmark page gets before its own scripts run. */
const PROBE = join(import.meta.dirname, 'probe.js');

/** The window every scenario runs in (the e2e suite's size class). */
export const VIEWPORT = { width: 1280, height: 900 };

/** A fresh profile (empty IndexedDB) with the probe installed; close the context when done. */
export async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      console.error(`  page console: ${message.text().slice(0, 300)}`);
  });
  return { context, page };
}

/** Result of waiting for a painted state: ms from the input event, progress bars seen. */
export interface Waited {
  /** To the frame after the one that showed the state (the old probe's figure). */
  ms: number;
  progressUpdates: number;
  /**
   * Key presses only: to the first frame that shows the state, presented, and how that was
   * timed (see `presented` in probe.js).
   */
  presentedMs?: number;
  via?: 'event timing' | 'frames';
  /** Key presses only: when the key's first animation frame ran, ms after the key. */
  firstFrameMs?: number;
}

/** Starts waiting in the page for `condition` after the next `input` event (see probe.js). */
export async function arm(
  page: Page,
  input: 'click' | 'keydown' | 'change',
  condition: string,
  arg: unknown = null,
  timeoutMs = 180_000,
): Promise<void> {
  await page.evaluate(
    ([i, c, a, t]) => (window as unknown as ProbeWindow).__bench.arm(i, c, a, t),
    [input, condition, arg, timeoutMs] as const,
  );
}

/** The armed wait's result. */
export function collect(page: Page): Promise<Waited> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.collect());
}

/** performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.now());
}

/** Long tasks since a page time: count and longest, ms. */
export function longTasksSince(
  page: Page,
  since: number,
): Promise<{ count: number; over100: number; longest: number }> {
  return page.evaluate((s) => (window as unknown as ProbeWindow).__bench.longTasksSince(s), since);
}

/** JS heap in use, MB, before and after a forced garbage collection (through CDP). */
export async function heapMb(page: Page): Promise<{ before: number; after: number }> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1e6;
  };
  const before = await used();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await used();
  await cdp.detach();
  return { before, after };
}

/** What probe.js puts on window (typed for page.evaluate callbacks). */
export interface ProbeWindow {
  __bench: {
    arm(input: string, condition: string, arg: unknown, timeoutMs: number): void;
    collect(): Promise<Waited>;
    now(): number;
    longTasksSince(since: number): { count: number; over100: number; longest: number };
    startFrames(): void;
    stopFrames(): number[];
    codeRanges(): number;
    /** Ranges in the highlight limit page's highlights. */
    limitRanges(): number;
    spanPoints(fraction: number, length: number): Promise<Point2 | null>;
    scrollHeight(): number;
    jumpTo(y: number): void;
  };
}

/** A drag from (x1, y1) to (x2, y2). */
export interface Point2 {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
