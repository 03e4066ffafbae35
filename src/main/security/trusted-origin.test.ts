import { describe, expect, it } from 'vitest';
import { isTrustedUrl } from './trusted-origin';

describe('isTrustedUrl (IPC sender and navigation check)', () => {
  const prod = {};
  const dev = { devServerUrl: 'http://localhost:5173/' };

  it('trusts pages of app://marginalia', () => {
    expect(isTrustedUrl('app://marginalia/index.html', prod)).toBe(true);
    expect(isTrustedUrl('app://marginalia/', prod)).toBe(true);
    expect(isTrustedUrl('app://marginalia/index.html?x=1#y', prod)).toBe(true);
  });

  it('rejects other hosts, schemes, look-alikes and credentials tricks', () => {
    for (const url of [
      'app://evil/index.html',
      'app://marginalia.evil.com/',
      'app://marginalia@evil/',
      'app://user:pw@marginalia/',
      'file:///home/user/index.html',
      'https://marginalia/',
      'http://localhost:5173/',
      'about:blank',
      'devtools://devtools/',
      'not a url',
      '',
    ]) {
      expect(isTrustedUrl(url, prod), url).toBe(false);
    }
    expect(isTrustedUrl(undefined, prod)).toBe(false);
    expect(isTrustedUrl(null, prod)).toBe(false);
  });

  it('trusts the dev server origin only when one is configured, and only that origin', () => {
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedUrl('app://marginalia/', dev)).toBe(true);
  });

  it('does not trust anything through a malformed or non-web dev URL', () => {
    expect(isTrustedUrl('http://localhost:5173/', { devServerUrl: 'garbage' })).toBe(false);
    expect(isTrustedUrl('file:///x', { devServerUrl: 'file:///x' })).toBe(false);
  });
});
