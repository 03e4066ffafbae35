// Profiles the built workbench's open, scroll and code scenarios at one annotation count, to find
// where the time goes (issue 9), and the exchange file's import and export (issue 6). Not a
// benchmark: it prints where time is spent, not figures.
//
//   npx electron-vite build && npx tsx bench/profile.ts --size 100000 [--scenarios open,jumps,fast,code,exchange,codemerge,filemerge] [--port 5206]
//
// `codemerge` also profiles the merge's undo and a code purged from the trash (`undopurge`).
// `exchange` runs in a fresh profile of its own (an import needs a profile without the project):
// it profiles the import, then the export, and prints each main-thread task over 50 ms with the
// functions its CPU samples fall in.
//
// The profile (IndexedDB with the imported project) is kept in .tmp/profile-<size> between runs,
// so only the first run imports; pass --reimport after a storage change. For each scenario it
// records a DevTools trace (main-thread self time by event: script, style, layout, paint…) and a
// V8 CPU profile (self and total time by function), and prints the top of each.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serveStatic } from './app/static-server';
import { VIEWPORT, arm, collect, freshPage, longTasksSince, pageNow } from './app/pages';
import { exportProject } from './app/exchange-scenarios';
import { mergeCode, mergeTeammate, undoThenPurge } from './app/merge-scenario';
import { LONG_DOCUMENT, SHORT_DOCUMENT } from './fixtures/project';
import {
  annotationsLoaded,
  codeSpans,
  importProject,
  openLongDocument,
  startEmpty,
} from './app/workbench';
import { FULL } from './config';
import { flagValue } from './lib/args';
import { writeFixtures } from './fixtures/write-fixtures';
import { seededRandom } from './fixtures/random';
import type { ProbeWindow } from './app/pages';
import type { TraceEvent } from './lib/trace-event';

const args = process.argv.slice(2);
const value = (flag: string, fallback: string) => flagValue(args, flag, fallback);
const size = Number(value('--size', '100000'));
const scenarios = value('--scenarios', 'open,jumps,fast,code').split(',');
const root = join(import.meta.dirname, '..');
const work = join(root, '.tmp', `profile-${size}`);
const profileDir = join(work, 'user-data');
if (args.includes('--reimport')) rmSync(profileDir, { recursive: true, force: true });
const fresh = !existsSync(profileDir);
mkdirSync(work, { recursive: true });

const config = { ...FULL, openSizes: [size], detailSizes: [size], peerSizes: [], corpusFiles: 1 };
const fixtures = writeFixtures(join(work, 'data'), config);
// A fixed port keeps the kept profile's origin (and so its IndexedDB); `--port` when it is taken.
const server = await serveStatic(
  { '/': join(root, 'out', 'renderer') },
  Number(value('--port', '5206')),
);
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: VIEWPORT,
});
await context.addInitScript({ path: join(import.meta.dirname, 'app', 'probe.js') });
const page = context.pages()[0] ?? (await context.newPage());
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));

// The exchange and code merge scenarios bring their own fresh profiles: no import for them alone.
const ownProfile = (s: string) => ['exchange', 'codemerge', 'filemerge'].includes(s);
if (fresh && scenarios.some((s) => !ownProfile(s))) {
  await startEmpty(page, server.origin);
  const imported = await importProject(page, fixtures.exchangeFile(size));
  console.log(`imported ${size} annotations in ${imported.ms.toFixed(0)} ms`);
} else if (!fresh) {
  await page.goto(`${server.origin}/`);
}

/** Self time (ms) per trace event name on the renderer main thread. */
function traceSummary(events: TraceEvent[]): [string, number][] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur! / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur! / 1000);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 14);
}

/** Self and total time (ms) per function of a V8 CPU profile. */
function profileSummary(profile: CpuProfile): {
  self: [string, number][];
  total: [string, number][];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: CpuNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self, 25), total: top(total, 40) };
}

/**
 * Each renderer main-thread task over 50 ms (trace `RunTask`), with the functions (total time)
 * its CPU samples fall in: what a long task was doing.
 */
function longTaskSummary(events: TraceEvent[], profile: CpuProfile): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = events
    .filter(
      (e) =>
        main &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.name === 'RunTask' &&
        (e.dur ?? 0) > 50_000,
    )
    .sort((a, b) => a.ts - b.ts);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const first = tasks[0]?.ts ?? 0;
  const out: string[] = [];
  for (const task of tasks) {
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = times[i]!;
      if (at < task.ts || at > task.ts + task.dur!) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const f = byId.get(n)!.callFrame;
        const l = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + dt);
      }
    });
    const top = [...total]
      .filter(([l]) => !l.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    const inside = traceSummary(
      events.filter(
        (e) => e.name === 'thread_name' || (e.ts >= task.ts && e.ts < task.ts + task.dur!),
      ),
    ).slice(0, 6);
    out.push(
      `  task at +${((task.ts - first) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms`,
      `    trace: ${inside.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`,
      ...top.map(([l, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${l}`),
    );
  }
  return out.join('\n') || '  (none)';
}

/**
 * Per key press (a `keydown` EventDispatch on the main thread): how long its task took, and the
 * main thread's self time by trace event and by function from the key's task to 50 ms on (the
 * frame that shows the highlight is in that window): what stands between the key and pixels.
 */
function keySummary(events: TraceEvent[], profile: CpuProfile): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X',
  );
  const keys = onMain
    .filter(
      (e) =>
        e.name === 'EventDispatch' &&
        (e.args as { data?: { type?: string } } | undefined)?.data?.type === 'keydown',
    )
    .sort((a, b) => a.ts - b.ts);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const out: string[] = [];
  for (const key of keys) {
    const task = onMain.find(
      (e) => e.name === 'RunTask' && e.ts <= key.ts && e.ts + (e.dur ?? 0) >= key.ts + key.dur!,
    );
    const from = task?.ts ?? key.ts;
    const to = from + 50_000;
    const inside = traceSummary(
      events.filter((e) => e.name === 'thread_name' || (e.ts >= from && e.ts < to)),
    ).slice(0, 6);
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = times[i]!;
      if (at < from || at > to) return;
      const f = byId.get(id)!.callFrame;
      if (['(idle)', '(program)', '(root)'].includes(f.functionName)) return;
      const l = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
      self.set(l, (self.get(l) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
    out.push(
      `  key: task ${((task?.dur ?? 0) / 1000).toFixed(1)} ms (dispatch ${(key.dur! / 1000).toFixed(1)} ms)`,
      `    next 50 ms, trace: ${inside.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`,
      `    next 50 ms, JS self: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`,
    );
  }
  return out.join('\n') || '  (none)';
}

async function profiled(
  name: string,
  drive: () => Promise<void>,
  on: { context: BrowserContext; page: Page } = { context, page },
): Promise<void> {
  const cdp: CDPSession = await on.context.newCDPSession(on.page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  await drive();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  writeFileSync(join(work, `${name}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(work, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
  const trace = traceSummary(events);
  const cpu = profileSummary(profile);
  const fmt = (rows: [string, number][]) =>
    rows.map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  console.log(`\n=== ${name}: main-thread self time by trace event\n${fmt(trace)}`);
  console.log(`--- ${name}: JS self time by function\n${fmt(cpu.self)}`);
  console.log(`--- ${name}: JS total time by function\n${fmt(cpu.total)}`);
  console.log(`--- ${name}: main-thread tasks over 50 ms\n${longTaskSummary(events, profile)}`);
  if (name === 'code') console.log(`--- code: per key press\n${keySummary(events, profile)}`);
}

/**
 * A merge profiled in a fresh profile holding the benchmark project: `codemerge` merges one code
 * into another in the codebook, `filemerge` merges a teammate's file (preview, then Proceed).
 */
async function profileMerge(name: 'codemerge' | 'filemerge'): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const fresh = await freshPage(browser);
  const ms = (x: { ms: number; longestTask: number }) =>
    `${x.ms.toFixed(0)} ms, longest task ${x.longestTask.toFixed(0)} ms`;
  try {
    await startEmpty(fresh.page, server.origin);
    await importProject(fresh.page, fixtures.exchangeFile(size));
    await fresh.page.waitForTimeout(2000);
    const teammate = fixtures.teammateFile(size);
    let before: Record<string, number> = {};
    await profiled(
      name,
      async () => {
        if (name === 'codemerge')
          console.log(`code merge: ${ms(await mergeCode(fresh.page, (c) => (before = c)))}`);
        else {
          const t = await mergeTeammate(fresh.page, teammate.path, teammate);
          console.log(`file merge: preview ${ms(t.preview)}; Proceed ${ms(t.merge)}`);
        }
        await fresh.page.waitForTimeout(1000);
      },
      fresh,
    );
    // Then the merge's undo and a code purged from the trash (`undopurge`).
    if (name === 'codemerge') {
      await fresh.page.waitForTimeout(2000);
      await profiled(
        'undopurge',
        async () => {
          const t = await undoThenPurge(fresh.page, before);
          console.log(`undo: ${ms(t.undo)}; purge: ${ms(t.purge)}`);
          await fresh.page.waitForTimeout(1000);
        },
        fresh,
      );
    }
  } finally {
    await browser.close();
  }
}

/** Import then export of the exchange file, each profiled, in a fresh profile. */
async function profileExchange(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const fresh = await freshPage(browser);
  try {
    await startEmpty(fresh.page, server.origin);
    await fresh.page.waitForTimeout(1000);
    await profiled(
      'import',
      async () => {
        const t = await importProject(fresh.page, fixtures.exchangeFile(size));
        console.log(`import: ${t.ms.toFixed(0)} ms, longest task ${t.longestTask.toFixed(0)} ms`);
        await fresh.page.waitForTimeout(1000);
      },
      fresh,
    );
    await fresh.page.waitForTimeout(2000);
    await profiled(
      'export',
      async () => {
        const t = await exportProject(fresh.page);
        console.log(`export: ${t.ms.toFixed(0)} ms, longest task ${t.longestTask.toFixed(0)} ms`);
        await fresh.page.waitForTimeout(1000);
      },
      fresh,
    );
  } finally {
    await browser.close();
  }
}

const probe = (p: Page) => p as Page;
for (const scenario of scenarios) {
  if (scenario === 'exchange') {
    await profileExchange();
  } else if (scenario === 'codemerge' || scenario === 'filemerge') {
    await profileMerge(scenario);
  } else if (scenario === 'open') {
    await openLongDocument(page, size > 0); // warm
    // As openLongDocument, but only the click is profiled (not the reload before it).
    await page.getByRole('button', { name: `Open ${SHORT_DOCUMENT}` }).click();
    await page.getByRole('heading', { name: SHORT_DOCUMENT }).waitFor({ timeout: 180_000 });
    await page.reload();
    await page.getByRole('heading', { name: SHORT_DOCUMENT }).waitFor({ timeout: 180_000 });
    await page.waitForTimeout(2000);
    await profiled('open', async () => {
      const since = await pageNow(page);
      await arm(page, 'click', 'appOpen', { name: LONG_DOCUMENT, expectHighlights: size > 0 });
      await page.getByRole('button', { name: `Open ${LONG_DOCUMENT}` }).click();
      const t = await collect(page);
      const tasks = await longTasksSince(page, since);
      console.log(`open: ${t.ms.toFixed(0)} ms, longest task ${tasks.longest.toFixed(0)} ms`);
    });
  } else if (scenario === 'jumps' || scenario === 'fast') {
    await openLongDocument(page, size > 0);
    await page.waitForTimeout(1000);
    const box = await page.locator('.document-scroll').first().boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await profiled(scenario, async () => {
      if (scenario === 'fast') {
        for (let i = 0; i < 40; i++) {
          await page.mouse.wheel(0, 1000);
          await page.waitForTimeout(16);
        }
      } else {
        const height = await probe(page).evaluate(() =>
          (window as unknown as ProbeWindow).__bench.scrollHeight(),
        );
        const random = seededRandom(99);
        for (let i = 0; i < 20; i++) {
          const y = Math.floor(random() * height);
          await page.evaluate((top) => (window as unknown as ProbeWindow).__bench.jumpTo(top), y);
          await page.waitForTimeout(100);
        }
      }
      await page.waitForTimeout(300);
    });
  } else if (scenario === 'code') {
    await openLongDocument(page, size > 0);
    // Coding starts once the full records are in (their load is the open's, not the code's).
    await annotationsLoaded(page);
    await profiled('code', async () => {
      const coded = await codeSpans(page, 8, Math.floor(Math.random() * 50));
      const ms = (times: number[]) => times.map((t) => t.toFixed(0)).join(' ');
      console.log(`code: ${ms(coded.presented)} ms (old probe: ${ms(coded.times)} ms)`);
    });
  }
}
await context.close();
await server.close();
// A profile made for those scenarios alone holds no import: not one to reuse.
if (fresh && !scenarios.some((s) => !ownProfile(s)))
  rmSync(profileDir, { recursive: true, force: true });

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}
