import { realpath } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { contentTypeFor } from './content-type';
import { isInsideRoot, resolveAppPath } from './resolve-app-path';

/** Reads a file's bytes; injected so the handler can be tested without Electron or a disk. */
export type ReadFileBytes = (filePath: string) => Promise<Uint8Array>;

/** Resolves symbolic links to the real path (`fs.realpath`); injected for tests without a disk. */
export type RealPath = (filePath: string) => Promise<string>;

/** Headers every `app://` response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The `protocol.handle('app', …)` callback: serves the built renderer from `rootDir` with the
 * CSP header, 404 for missing files and 403 for anything the path guard refuses. Only GET and
 * HEAD are answered. The path guard works on names; a symbolic link inside the renderer folder
 * could still point anywhere on disk, so the file's real path (links resolved) must lie inside
 * the folder's real path too, or the request is refused.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadFileBytes,
  realPath: RealPath = realpath,
): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null)
      return new Response('Forbidden', { status: 403, headers: SECURITY_HEADERS });
    let bytes: Uint8Array;
    try {
      realRoot ??= realPath(rootDir);
      const [root, real] = await Promise.all([realRoot, realPath(filePath)]);
      if (!isInsideRoot(root, real)) {
        return new Response('Forbidden', { status: 403, headers: SECURITY_HEADERS });
      }
      bytes = await readFile(real);
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) };
    // Copy into a fresh ArrayBuffer: a Node Buffer may be a view over a larger shared pool.
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes).buffer;
    return new Response(body, { status: 200, headers });
  };
}
