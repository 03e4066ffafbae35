import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 5191);

/**
 * End-to-end tests drive the built workbench through the browser platform in the machine's own
 * Chromium (never a downloaded one). Electron specs live in e2e/electron and skip, saying why,
 * where no Electron runtime is installed.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\//, use: { browserName: 'chromium' } },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  webServer: {
    command: 'node scripts/web.mjs --no-build',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
