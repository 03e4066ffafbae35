import { expect, type Page } from '@playwright/test';

/** The four documents of the sample corpus, as the corpus panel names them. */
export const SAMPLE_DOCUMENTS = [
  'A-RES-68-187.txt',
  'E-RES-2011-31.md',
  'E-RES-2013-32.txt',
  'E-RES-2017-17.txt',
];

/** First run as a new user: enter a name and open the sample corpus with one click. */
export async function startWithSample(page: Page, coder = 'Ada Coder'): Promise<void> {
  await page.goto('/');
  const welcome = page.getByRole('dialog', { name: 'Welcome to Marginalia' });
  await expect(welcome).toBeVisible();
  await welcome.getByLabel('Your name').fill(coder);
  await welcome.getByRole('button', { name: 'Open the sample corpus' }).click();
  await expect(welcome).toBeHidden();
  await expect(corpusList(page).getByRole('listitem')).toHaveCount(4);
}

/** First run with an empty project. */
export async function startEmpty(page: Page, coder = 'Ada Coder'): Promise<void> {
  await page.goto('/');
  const welcome = page.getByRole('dialog', { name: 'Welcome to Marginalia' });
  await welcome.getByLabel('Your name').fill(coder);
  await welcome.getByRole('button', { name: 'Start with an empty project' }).click();
  await expect(welcome).toBeHidden();
}

/** The corpus panel's document list. */
export function corpusList(page: Page) {
  return page.getByRole('region', { name: 'Corpus' }).getByRole('list');
}

/** The rendered document text. */
export function documentView(page: Page) {
  // The html element has the implicit role too; ours is the one named by the open document's heading.
  return page.getByRole('document', { name: /\S/ });
}

/** Opens a document from the corpus panel and waits for its text. */
export async function openDocument(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(documentView(page).locator('[data-start]').first()).toBeVisible();
}

/**
 * Selects the first occurrence of `phrase` in the document (or in the element `within` names)
 * with a real mouse drag, from the first character to the last.
 */
export async function selectWithMouse(
  page: Page,
  phrase: string,
  within = '[role="document"]',
): Promise<void> {
  const box = await page.evaluate(
    ([needle, selector]) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`nothing matches ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, at + needle.length - 1);
        range.setEnd(node, at + needle.length);
        const last = range.getBoundingClientRect();
        return {
          x1: first.left + 1,
          y1: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
      throw new Error(`phrase not in a single text run: ${needle}`);
    },
    [phrase, within] as const,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The names of the codes drawn as coding stripes in the margin. */
export async function stripeCodes(page: Page): Promise<string[]> {
  return page
    .getByLabel('Coding stripes')
    .locator('[data-code-id]')
    .evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
}

/** How many ranges the highlight painter has registered, per highlight name. */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = highlight.size;
    });
    return out;
  });
}
