import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

/**
 * The desktop shell, driven through Playwright's Electron support against the built app
 * (`npx electron-vite build` first). Where no Electron runtime is installed these specs skip,
 * saying why; the same workbench is covered in Chromium by the other e2e specs.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The runtime path the electron package exports, or where it would be when missing. */
function electronRuntime(): { path: string; present: boolean } {
  const expected = join(root, 'node_modules', 'electron', 'dist', 'electron');
  try {
    // The package's index.js exports the binary's path, and throws when path.txt is missing.
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string') return { path, present: existsSync(path) };
  } catch {
    // "Electron failed to install correctly": the download was skipped or failed.
  }
  return { path: expected, present: false };
}

const runtime = electronRuntime();
const mainEntry = join(root, 'out', 'main', 'index.js');

test.describe('Electron shell', () => {
  test.skip(
    !runtime.present,
    `No Electron runtime: ${runtime.path} is missing (the download host is unreachable here); these specs run where a runtime is installed.`,
  );

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    expect(existsSync(mainEntry), 'run `npx electron-vite build` before these specs').toBe(true);
    userData = mkdtempSync(join(tmpdir(), 'marginalia-electron-'));
    const env = { ...process.env, MARGINALIA_USER_DATA_DIR: userData } as Record<string, string>;
    delete env['ELECTRON_RENDERER_URL'];
    // Chromium refuses to run as root with its OS sandbox on (CI containers); the page sandbox
    // (contextIsolation, sandboxed preload) is unaffected.
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const args = asRoot ? [mainEntry, '--no-sandbox'] : [mainEntry];
    app = await electron.launch({ executablePath: runtime.path, args, env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one window with the workbench title', async () => {
    await expect(page).toHaveTitle(/Marginalia/);
    expect(app.windows()).toHaveLength(1);
  });

  test('serves the workbench from app://marginalia, never file://', async () => {
    expect(page.url().startsWith('app://marginalia/')).toBe(true);
    expect(await page.evaluate(() => location.origin)).toBe('app://marginalia');
  });

  test('exposes window.marginalia and no Node or Electron internals', async () => {
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const bridge = w['marginalia'] as Record<string, unknown> | undefined;
      return {
        bridgeMethods: bridge ? Object.keys(bridge).sort() : null,
        require: typeof w['require'],
        process: typeof w['process'],
        module: typeof w['module'],
        ipcRenderer: typeof w['ipcRenderer'],
      };
    });
    expect(globals.bridgeMethods).toEqual([
      'listBackups',
      'onMenuCommand',
      'openDocuments',
      'openTextFile',
      'readBackup',
      'saveFile',
      'writeBackup',
    ]);
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.module).toBe('undefined');
    expect(globals.ipcRenderer).toBe('undefined');
  });

  test('sends the Content-Security-Policy header with the page', async () => {
    const header = await page.evaluate(async () =>
      (await fetch('/index.html')).headers.get('content-security-policy'),
    );
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
  });

  test('blocks navigation to another origin and new windows', async () => {
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('answers IPC calls through the bridge with typed results', async () => {
    const result = await page.evaluate(() =>
      (
        window as unknown as { marginalia: { listBackups(r: unknown): Promise<unknown> } }
      ).marginalia.listBackups({
        projectId: 'not-a-uuid',
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
