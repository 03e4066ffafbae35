import { isTrustedUrl, type TrustedOrigins } from './trusted-origin';

/**
 * Permissions our own pages may be granted; everything else (camera, geolocation, clipboard
 * reading, notifications, HID, …) is denied by default.
 * - `persistent-storage`: the renderer calls `navigator.storage.persist()` so projects in
 *   IndexedDB are never evicted under disk pressure. Electron does not list this name in its
 *   types (it may not ask at all), so granting it when asked costs nothing and is harmless.
 * - `clipboard-sanitized-write`: copying a quote or an export snippet with
 *   `navigator.clipboard.writeText`. Reading the clipboard stays denied.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'persistent-storage',
  'clipboard-sanitized-write',
]);

/** Decides a permission request or check: only listed permissions, only for our origin. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  trusted: TrustedOrigins,
): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl, trusted);
}
