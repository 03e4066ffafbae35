import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

/**
 * Two projects: `unit` runs pure core and main-process code in Node; `browser` runs code that
 * needs layout, Selection, Range or CSS.highlights in real Chromium (never jsdom).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Property and fuzz tests make thousands of runs; on a busy 2-core CI machine they can
          // take longer than Vitest's 5 s default without being wrong. A hang still fails.
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts', 'src/**/*.browser.test.tsx'],
        },
      },
      {
        plugins: [react()],
        // Browser tests read the interop fixtures in ../shared through the browser commands.
        server: { fs: { allow: ['.', '../shared'] } },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts', 'src/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
