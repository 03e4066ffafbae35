import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { contentTypeFor } from './content-type';
import { resolveAppPath } from './resolve-app-path';

/** Reads a file's bytes; injected so the handler can be tested without Electron or a disk. */
export type ReadFileBytes = (filePath: string) => Promise<Uint8Array>;

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
 * HEAD are answered.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadFileBytes,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null)
      return new Response('Forbidden', { status: 403, headers: SECURITY_HEADERS });
    let bytes: Uint8Array;
    try {
      bytes = await readFile(filePath);
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) };
    // Copy into a fresh ArrayBuffer: a Node Buffer may be a view over a larger shared pool.
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes).buffer;
    return new Response(body, { status: 200, headers });
  };
}
