import type { Browser, Page } from 'playwright';
import { arm, collect, freshPage, longTasksSince, pageNow } from './pages';
import { scrollPasses, type ScrollPasses } from './scroll';

/** The workbench's text column as measured in this run; the baselines copy it. */
export interface TextLayout {
  width: number;
  height: number;
  font: string;
  lineHeight: string;
}

/** Reads the open document's text column (width, scroller height, font) from the workbench. */
export function measureLayout(page: Page): Promise<TextLayout> {
  return page.evaluate(() => {
    const text = document.querySelector('.mc-text') as HTMLElement;
    const scroller = document.querySelector('.document-scroll') as HTMLElement;
    const style = getComputedStyle(text);
    return {
      width: text.clientWidth,
      height: scroller.clientHeight,
      font: style.font,
      lineHeight: style.lineHeight,
    };
  });
}

/** One run of a baseline page: time to painted, long tasks during it, and optionally scrolling. */
export interface BaselineRun {
  ms: number;
  longestTask: number;
  scroll: ScrollPasses | null;
}

/**
 * Loads a baseline page (`bare` or `peer`) in a fresh profile, clicks its Render button and
 * times the click to the text (and for the peer, its highlights) painted; then scrolls it.
 */
export async function runBaseline(
  browser: Browser,
  origin: string,
  kind: 'bare' | 'peer',
  query: Record<string, string>,
  options: { scroll: boolean; jumps: number; expectHighlights: boolean },
): Promise<BaselineRun> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${origin}/__bench/${kind}.html?${new URLSearchParams(query)}`);
    const render = page.getByRole('button', { name: 'Render' });
    await render.waitFor();
    const since = await pageNow(page);
    await arm(page, 'click', kind === 'bare' ? 'bareOpen' : 'peerOpen', options.expectHighlights);
    await render.click();
    const { ms } = await collect(page);
    const { longest } = await longTasksSince(page, since);
    const scroll = options.scroll
      ? await scrollPasses(page, `#${kind}-scroll`, options.jumps)
      : null;
    return { ms, longestTask: longest, scroll };
  } finally {
    await context.close();
  }
}
