import type { Page } from 'playwright';
import { LONG_DOCUMENT, SHORT_DOCUMENT } from '../fixtures/project';
import { arm, collect, longTasksSince, pageNow, type ProbeWindow, type Waited } from './pages';

/** First run as a new coder, with an empty project (the e2e suite's path). */
export async function startEmpty(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Marginalia' });
  await welcome.getByLabel('Your name').fill('Bench Coder');
  await welcome.getByRole('button', { name: 'Start with an empty project' }).click();
  await welcome.waitFor({ state: 'hidden' });
}

/**
 * Clicks a toolbar command: a button of that name, or the item of the Import/Export menu
 * (the toolbar groups its commands in menus).
 */
async function clickCommand(page: Page, name: string): Promise<void> {
  const button = page.getByRole('toolbar').getByRole('button', { name, exact: true });
  if (await button.count()) {
    await button.first().click();
    return;
  }
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** An import, timed from the file picker's change event to the "Imported" notice painted. */
export interface Timed extends Waited {
  /** Main-thread tasks over 50 ms (the Long Tasks API's threshold). */
  longTasks: number;
  /** Of those, the ones over 100 ms. */
  longTasks100?: number;
  longestTask: number;
}

/** Picks files through a button's file chooser and waits for the notice the import shows. */
async function pickFiles(
  page: Page,
  button: string,
  files: string[],
  notice: string,
): Promise<Timed> {
  const since = await pageNow(page);
  await arm(page, 'change', 'notice', notice);
  const chooser = page.waitForEvent('filechooser');
  await clickCommand(page, button);
  await (await chooser).setFiles(files);
  return withLongTasks(page, since, await collect(page));
}

/** `waited` with the page's main-thread long tasks since page time `since` (see `Timed`). */
export async function withLongTasks(page: Page, since: number, waited: Waited): Promise<Timed> {
  const tasks = await longTasksSince(page, since);
  return {
    ...waited,
    longTasks: tasks.count,
    longTasks100: tasks.over100,
    longestTask: tasks.longest,
  };
}

/** Import project… with the file picker: a native exchange file into this profile. */
export function importProject(page: Page, file: string): Promise<Timed> {
  return pickFiles(page, 'Import project…', [file], '^Imported project');
}

/** Open files… with the file picker: plain-text documents into the current project. */
export function importDocuments(page: Page, files: string[]): Promise<Timed> {
  return pickFiles(page, 'Open files…', files, '^Imported \\d+ document');
}

/** Safe-start screens met after a reload, over the whole run (reported beside the figures). */
export let safeStarts = 0;

/**
 * Reloads the workbench (its data stays in IndexedDB), then clicks the long document in the
 * corpus panel: time from the click to its text and highlights painted.
 */
export async function openLongDocument(page: Page, expectHighlights: boolean): Promise<Timed> {
  const open = page.getByRole('button', { name: `Open ${LONG_DOCUMENT}` });
  // The app's safe start takes a reload during a slow start-up for a start that hung, and offers
  // to try the project again: do as a user would, and count it (`safeStarts`).
  const retry = page.getByRole('button', { name: /^Try .* again$/ });
  const shortHeading = page.getByRole('heading', { name: SHORT_DOCUMENT });
  // Leave the short document open, so the reload reopens it and not the long one.
  await page.getByRole('button', { name: `Open ${SHORT_DOCUMENT}` }).click();
  await shortHeading.waitFor({ timeout: 180_000 });
  await page.reload();
  for (let attempt = 1; ; attempt++) {
    try {
      await open.or(retry).first().waitFor({ timeout: 180_000 });
    } catch (error) {
      await page.screenshot({ path: 'bench/results/failure.png' });
      throw error;
    }
    if (await open.isVisible()) {
      // Let the reopened short document show first, so the click is the only open under way.
      await shortHeading.waitFor({ timeout: 60_000 }).catch(() => undefined);
      break;
    }
    if (attempt >= 3) throw new Error('the safe start screen came back three times');
    safeStarts += 1;
    await retry.click();
  }
  const since = await pageNow(page);
  await arm(page, 'click', 'appOpen', { name: LONG_DOCUMENT, expectHighlights });
  await open.click();
  const waited = await collect(page);
  const tasks = await longTasksSince(page, since);
  return { ...waited, longTasks: tasks.count, longestTask: tasks.longest };
}

/**
 * Waits until the open document's full annotation records have loaded (the annotation list's
 * "Loading n annotations…" line is gone). Polls that one line's text, 10 times a second: a
 * text locator (`getByText`) would read and normalize the whole million-character document on
 * every poll, allocating hundreds of MB in the page's heap and stealing its main thread while
 * the heap and the load are measured.
 */
export async function annotationsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('.pane-body > p.muted')].some((p) =>
        p.textContent?.startsWith('Loading '),
      ),
    null,
    { polling: 100, timeout: 120_000 },
  );
}

/**
 * Codes `count` spans spread down the open document as a user does: a mouse drag selects about
 * 40 characters, then the code's hotkey. Each time is from the key press to the new highlight
 * painted. Waits for the write to settle between spans. `run` shifts the spans, their length and
 * the codes, so a later run never re-applies a code a span already has (which paints nothing).
 */
export async function codeSpans(page: Page, count: number, run = 0): Promise<CodeTimes> {
  const out: CodeTimes = { times: [], presented: [], byEventTiming: 0, timeouts: 0, unselected: 0 };
  const quote = page.getByTestId('selection-quote');
  for (let i = 0; i < count; i++) {
    const points = await page.evaluate(
      ([f, length]) => (window as unknown as ProbeWindow).__bench.spanPoints(f, length),
      [((i + 0.5 + run * 0.37) / count) % 1, 30 + 3 * run] as const,
    );
    if (!points) throw new Error('no text to select');
    await page.mouse.move(points.x1, points.y1);
    await page.mouse.down();
    await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 3 });
    await page.mouse.move(points.x2, points.y2, { steps: 3 });
    await page.mouse.up();
    // The selection bar shows the span before the key goes down (a drag that selected nothing
    // would make the hotkey recode the selected annotation instead: skipped and counted).
    try {
      await quote.waitFor({ timeout: 30_000 });
    } catch {
      out.unselected += 1;
      continue;
    }
    await page.waitForTimeout(150);
    // The span's first character: where the new colour must appear.
    await arm(page, 'keydown', 'appCoded', { x: points.x1 + 1, y: points.y1 }, CODE_TIMEOUT_MS);
    await page.keyboard.press(String(((i + run) % 9) + 1));
    try {
      const waited = await collect(page);
      out.times.push(waited.ms);
      out.presented.push(waited.presentedMs ?? waited.ms);
      if (waited.via === 'event timing') out.byEventTiming += 1;
    } catch {
      // Not painted within the limit: the user waited at least this long.
      out.times.push(CODE_TIMEOUT_MS);
      out.presented.push(CODE_TIMEOUT_MS);
      out.timeouts += 1;
    }
    await page.waitForTimeout(150);
  }
  return out;
}

/** Longest wait for one coded span's highlight before it counts as a timeout. */
export const CODE_TIMEOUT_MS = 30_000;

/** One run of the code scenario. */
export interface CodeTimes {
  /**
   * Key down → the frame after the one that shows the highlight (the old probe), ms, per span
   * coded (timeouts count as CODE_TIMEOUT_MS).
   */
  times: number[];
  /** Key down → the first frame that shows the highlight, presented (the new probe), ms. */
  presented: number[];
  /** Spans whose `presented` time is Event Timing's (the others are `times`). */
  byEventTiming: number;
  /** Spans whose highlight did not paint within CODE_TIMEOUT_MS. */
  timeouts: number;
  /** Drags after which the selection bar showed no span (skipped). */
  unselected: number;
}
