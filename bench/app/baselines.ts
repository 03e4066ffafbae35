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
  /** What `options.then` measured after the scrolling, if given. */
  then: number[];
}

/** The baseline pages (`bench/pages/<kind>.html`) and the probe condition of each one's paint. */
const OPENED = { bare: 'bareOpen', peer: 'peerOpen', highlights: 'highlightsOpen' } as const;

/**
 * Loads a baseline page in a fresh profile, clicks its Render button and times the click to the
 * text (and for the peer and the highlight limit, the highlights) painted; then scrolls it, and
 * runs `options.then` on the page if given.
 */
export async function runBaseline(
  browser: Browser,
  origin: string,
  kind: keyof typeof OPENED,
  query: Record<string, string>,
  options: {
    scroll: boolean;
    jumps: number;
    expectHighlights: boolean;
    then?: (page: Page) => Promise<number[]>;
  },
): Promise<BaselineRun> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${origin}/__bench/${kind}.html?${new URLSearchParams(query)}`);
    const render = page.getByRole('button', { name: 'Render' });
    await render.waitFor();
    const since = await pageNow(page);
    await arm(page, 'click', OPENED[kind], options.expectHighlights);
    await render.click();
    const { ms } = await collect(page);
    const { longest } = await longTasksSince(page, since);
    const scroll = options.scroll
      ? await scrollPasses(page, `#${kind}-scroll`, options.jumps)
      : null;
    const then = options.then ? await options.then(page) : [];
    return { ms, longestTask: longest, scroll, then };
  } finally {
    await context.close();
  }
}
