import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol-handler';

/** A real temp folder: `renderer/` (served) beside `secret/`, with links from one to the other. */
let base = '';
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'marginalia-protocol-'));
  const renderer = join(base, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await mkdir(join(base, 'secret'));
  await writeFile(join(renderer, 'index.html'), '<title>Marginalia</title>');
  await writeFile(join(renderer, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(base, 'secret', 'key.txt'), 'do not serve');
  await symlink(join(base, 'secret', 'key.txt'), join(renderer, 'leak.txt'));
  await symlink(join(base, 'secret'), join(renderer, 'outside'));
  await symlink(join(renderer, 'assets', 'main.js'), join(renderer, 'alias.js'));
  // The renderer folder itself reached through a link, as an installed app may be.
  await symlink(renderer, join(base, 'linked-renderer'));
  handler = createAppProtocolHandler(join(base, 'linked-renderer'), (path) => readFile(path));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app:// protocol handler on a real disk with symbolic links', () => {
  it('serves files of the renderer folder, even when the folder is reached through a link', async () => {
    const response = await handler(new Request('app://marginalia/assets/main.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect((await handler(new Request('app://marginalia/'))).status).toBe(200);
  });

  it('serves a link that stays inside the renderer folder', async () => {
    const response = await handler(new Request('app://marginalia/alias.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('refuses a link to a file outside the renderer folder', async () => {
    const response = await handler(new Request('app://marginalia/leak.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('refuses a file under a linked folder outside the renderer folder', async () => {
    const response = await handler(new Request('app://marginalia/outside/key.txt'));
    expect(response.status).toBe(403);
  });

  it('answers 404 for a missing file', async () => {
    expect((await handler(new Request('app://marginalia/nope.js'))).status).toBe(404);
  });
});
