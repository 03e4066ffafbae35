/* global document, NodeFilter, getSelection -- the code passed to page.evaluate runs in the browser */
// Regenerates docs/screenshot.png (the README's picture): the sample corpus with a few codes
// applied, in browser mode. Usage: node scripts/screenshot.mjs (after `npm run build`).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = 5197;
const server = spawn(process.execPath, [join(root, 'scripts/web.mjs'), '--no-build'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) =>
  server.stdout.on('data', (d) => String(d).includes('http://') && resolve()),
);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByLabel('Your name').fill('Ada Coder');
  await page.getByRole('button', { name: 'Open the sample corpus' }).click();
  await page.getByRole('button', { name: 'Open E-RES-2017-17.txt' }).click();
  await page.getByRole('heading', { name: 'E-RES-2017-17.txt' }).waitFor();
  await page.locator('[role="document"] [data-start]').first().waitFor();
  const code = async (phrase, key) => {
    await page.evaluate((needle) => {
      const root = document.querySelector('[role="document"][aria-labelledby]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
    }, phrase);
    await page.waitForTimeout(100);
    await page.locator('.document-scroll').press(key);
    await page.waitForTimeout(100);
  };
  await code(
    'accountable criminal justice systems in accordance with applicable international law',
    '7',
  );
  await code('criminal justice systems', '5');
  await code('the rule of law', '5');
  await code(
    'in compliance with all their obligations under international law, in particular human rights, refugee and humanitarian law',
    '5',
  );
  await code('prevention of terrorism', '6');
  await code('to further enhance technical assistance', '6');
  await code('returning foreign terrorist fighters', '4');
  await code(
    'the financing, mobilization, travel, recruitment, organization and radicalization of foreign terrorist fighters',
    '3',
  );
  await code('radicalization of foreign terrorist fighters', '4');
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button').nth(2).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(root, 'docs/screenshot.png') });
} finally {
  await browser.close();
  server.kill();
}
