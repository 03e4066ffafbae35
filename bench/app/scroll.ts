import type { Page } from 'playwright';
import { quantile } from '../lib/stats';
import { seededRandom } from '../fixtures/random';
import { longTasksSince, pageNow, type ProbeWindow } from './pages';

/** Frame and long-task figures of one scroll pass. */
export interface ScrollPass {
  frameP95: number;
  longTasks: number;
  longestTask: number;
}

/** The three passes: fast wheel, reading-speed wheel, jumps. */
export type ScrollPasses = Record<'fast' | 'reading' | 'jumps', ScrollPass>;

async function pass(page: Page, drive: () => Promise<void>): Promise<ScrollPass> {
  const since = await pageNow(page);
  await page.evaluate(() => (window as unknown as ProbeWindow).__bench.startFrames());
  await drive();
  await page.waitForTimeout(300); // the last frames of the last scroll
  const frames = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.stopFrames());
  const tasks = await longTasksSince(page, since);
  return { frameP95: quantile(frames, 0.95), longTasks: tasks.count, longestTask: tasks.longest };
}

/**
 * Scrolls the text in `selector` three ways with the pointer over it: a fast wheel (40 notches of
 * 1,000 px, 16 ms apart), reading speed (40 notches of 100 px, 50 ms apart), and `jumps` jumps
 * to seeded positions 100 ms apart (as dragging the scrollbar thumb does; set as scrollTop, since
 * headless Chromium draws overlay scrollbars a pointer cannot grab).
 */
export async function scrollPasses(
  page: Page,
  selector: string,
  jumps = 40,
): Promise<ScrollPasses> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing to scroll: ${selector}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const wheel = (notches: number, dy: number, gap: number) => async () => {
    for (let i = 0; i < notches; i++) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(gap);
    }
  };
  const fast = await pass(page, wheel(40, 1000, 16));
  const reading = await pass(page, wheel(40, 100, 50));
  const height = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__bench.scrollHeight(),
  );
  const random = seededRandom(99);
  const jumped = await pass(page, async () => {
    for (let i = 0; i < jumps; i++) {
      const y = Math.floor(random() * height);
      await page.evaluate((top) => (window as unknown as ProbeWindow).__bench.jumpTo(top), y);
      await page.waitForTimeout(100);
    }
  });
  return { fast, reading, jumps: jumped };
}
