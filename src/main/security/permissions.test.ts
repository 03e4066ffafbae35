import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permissions';

describe('isPermissionGranted', () => {
  const ours = 'app://marginalia/index.html';

  it('denies by default, even to our own pages', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown',
      'fullscreen',
      'hid',
    ]) {
      expect(isPermissionGranted(permission, ours, {}), permission).toBe(false);
    }
  });

  it('grants persistent storage and clipboard writes to our pages only', () => {
    expect(isPermissionGranted('persistent-storage', ours, {})).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', ours, {})).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://example.com/', {})).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined, {})).toBe(false);
  });
});
