// Profiles the agreement view's Compute in the built workbench (issue 7), to find the main-thread
// tasks that run meanwhile. Not a benchmark: it prints each long task (over 50 ms) with what ran
// inside it, and keeps the DevTools trace for a closer look.
//
//   npx electron-vite build && npx tsx bench/profile-agreement.ts [--coders 10] [--annotations 100000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { arm, collect, freshPage, longTasksSince, pageNow } from './app/pages';
import { serveStatic } from './app/static-server';
import { importProject, startEmpty } from './app/workbench';
import { writeAgreementStudy } from './fixtures/agreement-study';
import type { TraceEvent } from './lib/trace-event';

const args = process.argv.slice(2);
const value = (flag: string, fallback: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const shape = {
  coders: Number(value('--coders', '10')),
  annotations: Number(value('--annotations', '100000')),
  documents: 100,
  codes: 50,
  documentLength: 10_000,
};
const root = join(import.meta.dirname, '..');
const work = join(root, '.tmp', 'profile-agreement');
mkdirSync(work, { recursive: true });
const { file } = writeAgreementStudy(work, shape);
const server = await serveStatic({ '/': join(root, 'out', 'renderer') }, 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const { context, page } = await freshPage(browser);
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
await startEmpty(page, server.origin);
await importProject(page, file);

for (let run = 0; run < Number(value('--runs', '2')); run++) {
  await page.getByRole('toolbar').getByRole('button', { name: 'Agreement', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Inter-coder agreement' });
  const compute = dialog.getByRole('button', { name: 'Compute' });
  await page.waitForFunction(
    () =>
      !(document.querySelector('dialog .agreement-compute button.primary') as HTMLButtonElement)
        ?.disabled,
    null,
    { timeout: 180_000 },
  );
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) =>
    events.push(...(data.value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,v8.execute',
    transferMode: 'ReportEvents',
  });
  const since = await pageNow(page);
  await arm(page, 'click', 'agreementTable', null, 600_000);
  await compute.click();
  const waited = await collect(page);
  const tasks = await longTasksSince(page, since);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  writeFileSync(join(work, `run-${run}.trace.json`), JSON.stringify({ traceEvents: events }));
  console.log(
    `\nrun ${run}: ${waited.ms.toFixed(0)} ms, longest task ${tasks.longest.toFixed(0)} ms`,
  );
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur,
  );
  const long = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  for (const task of long) {
    const end = task.ts + (task.dur ?? 0);
    const inside = mine
      .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 3_000)
      .map((e) => {
        const d = e.args?.data;
        const where = d?.functionName || d?.url ? ` ${d.functionName ?? ''} ${d.url ?? ''}` : '';
        return `    ${((e.dur ?? 0) / 1000).toFixed(1).padStart(7)} ms ${e.name}${where}`;
      });
    console.log(`  task ${((task.dur ?? 0) / 1000).toFixed(1)} ms\n${inside.join('\n')}`);
  }
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await dialog.waitFor({ state: 'hidden' });
}
await context.close();
await browser.close();
await server.close();
