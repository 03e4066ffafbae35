import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { createAppProtocolHandler } from './app-protocol-handler';

const root = resolve('/srv/renderer');
const files = new Map<string, string>([
  [join(root, 'index.html'), '<!doctype html><title>Marginalia</title>'],
  [join(root, 'assets', 'main.js'), 'console.log(1)'],
]);
const reads: string[] = [];
const handler = createAppProtocolHandler(
  root,
  async (path) => {
    reads.push(path);
    const text = files.get(path);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  },
  async (path) => path, // a disk without symbolic links
);

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header and an HTML content type', async () => {
    const response = await handler(new Request('app://marginalia/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Marginalia</title>');
  });

  it('serves scripts as JavaScript so module loading works', async () => {
    const response = await handler(new Request('app://marginalia/assets/main.js'));
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file, still with the CSP', async () => {
    const response = await handler(new Request('app://marginalia/nope.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 403 for traversal without touching the disk', async () => {
    reads.length = 0;
    const response = await handler(new Request('app://marginalia/assets%2f..%2f..%2fetc/passwd'));
    expect(response.status).toBe(403);
    expect(reads).toEqual([]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(
      new Request('app://marginalia/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
