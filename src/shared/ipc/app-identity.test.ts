import { describe, expect, it } from 'vitest';
import { APP_HOST, APP_NAME, APP_ORIGIN, APP_SCHEME, DATABASE_NAME } from './app-identity';

// These literals are written out on purpose: a change to the constants must fail here,
// because users' data (IndexedDB by origin, user-data folder by name) depends on them.
describe('frozen application identity', () => {
  it('keeps the scheme, host and origin the renderer is served from', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('marginalia');
    expect(APP_ORIGIN).toBe('app://marginalia');
  });

  it('keeps the app name and the IndexedDB database name', () => {
    expect(APP_NAME).toBe('Marginalia');
    expect(DATABASE_NAME).toBe('marginalia');
  });

  it('makes an origin that a URL parser reads back as the same scheme and host', () => {
    const url = new URL(`${APP_ORIGIN}/index.html`);
    expect(url.protocol).toBe('app:');
    expect(url.host).toBe('marginalia');
  });
});
