import { APP_HOST, APP_SCHEME } from '../../shared/ipc/app-identity';

/**
 * Where our renderer may legitimately live: always `app://marginalia`, plus the electron-vite
 * dev server's origin when running `electron-vite dev` unpackaged.
 */
export interface TrustedOrigins {
  /** `ELECTRON_RENDERER_URL` in development; undefined in a packaged or built app. */
  devServerUrl?: string;
}

/**
 * True when a URL belongs to our renderer. Used to check the frame that sent an IPC call and
 * to decide which navigations are allowed. Anything that does not parse is untrusted.
 */
export function isTrustedUrl(url: string | undefined | null, trusted: TrustedOrigins): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!trusted.devServerUrl) return false;
  try {
    const dev = new URL(trusted.devServerUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin;
  } catch {
    return false;
  }
}
