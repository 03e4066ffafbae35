// `npm run bench`: prints every benchmark's figures, each beside its peer or bare limit measured
// in the same run. Node figures (parsing, interval index, exchange) run under tsx; browser
// figures (first paint of a long, densely coded document; IndexedDB writes) run in Chromium.
// `--quick` runs small sizes (a smoke test of the harness).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

console.log(
  `Marginalia benchmark${quick ? ' (quick)' : ''} — ${new Date().toISOString()}, Node ${process.version}`,
);
const node = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    join(root, 'bench/node-bench.ts'),
    ...(quick ? ['--quick'] : []),
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (node.status !== 0) process.exit(node.status ?? 1);

const server = await createServer({
  root: join(root, 'bench/browser'),
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, fs: { allow: [root] } },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
  headless: true,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${port}/?quick=${quick ? 1 : 0}`);
  // runBrowserBench is defined by bench/browser/main.ts in the page.
  const sections = await page.evaluate(() => globalThis.runBrowserBench());
  console.log(`\n(Chromium ${browser.version()})`);
  for (const section of sections) {
    console.log(`\n## ${section.title}`);
    const width = Math.max(...section.figures.map((f) => f.label.length));
    for (const f of section.figures)
      console.log(`  ${f.label.padEnd(width)}  ${String(f.value).padStart(10)} ${f.unit}`);
  }
} finally {
  await browser.close();
  await server.close();
}
