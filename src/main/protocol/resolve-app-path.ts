import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../../shared/ipc/app-identity';

/**
 * Maps an `app://marginalia/...` request to a file under `rootDir` (the built renderer), or
 * null when the request must be refused. Chromium already normalizes URLs of a standard scheme,
 * so this is defence in depth: anything that looks like traversal is rejected outright rather
 * than normalized — `..` segments, encoded dots or slashes (`%2e`, `%2f`, `%5c`), backslashes,
 * NUL, drive letters, doubled slashes, other hosts — and the final path must still lie inside
 * `rootDir`. `/` serves `index.html`; query and fragment are ignored.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (/%2e|%2f|%5c|%00|\\|\0/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username || url.password || url.port) return null;

  // The raw path as written (URL parsing would already have folded `..` away).
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(requestUrl)?.[1] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return null;

  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.includes(':')) return null;
  }

  const root = resolve(rootDir);
  const target = resolve(join(root, ...segments));
  return isInsideRoot(root, target) ? target : null;
}

/**
 * Whether `target` lies strictly inside the folder `root` (both absolute). Used on the names a
 * request asks for and again on the real paths once symbolic links are resolved.
 */
export function isInsideRoot(root: string, target: string): boolean {
  const inside = relative(resolve(root), resolve(target));
  return !(
    inside === '' ||
    inside.startsWith('..') ||
    isAbsolute(inside) ||
    inside.split(sep).includes('..')
  );
}
