// Builds the `marginalia` command-line tool (src/cli/main.ts and the core it uses) into
// out/cli/main.js with Vite's library/SSR build: one ES module for Node 20, dependencies
// (fflate, saxes, zod, uuidv7) and Node built-ins left as imports. bin/marginalia.mjs runs it.
// Part of `npm run build`; run alone with `node scripts/build-cli.mjs`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'src/cli/main.ts'),
    outDir: join(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
  },
});
console.log('Built the marginalia CLI into out/cli/main.js');
