// Browser mode: builds the workbench when its sources changed since the last build (never with
// --no-build, unless there is no build at all) and serves the same renderer the desktop app uses
// on 127.0.0.1, printing its URL on a line of its own.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { preview } from 'vite';
import { buildOnce } from './build-once.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'renderer');

if (!process.argv.includes('--no-build') || !existsSync(join(outDir, 'index.html'))) {
  try {
    buildOnce(root);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 5183);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(2);
}

const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: process.env.PORT !== undefined, open: false },
});
const address = server.httpServer.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log('Marginalia is running in browser mode. Open:');
console.log(`http://127.0.0.1:${actualPort}/`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
