import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolve-app-path';

const root = resolve('/srv/out/renderer');

describe('resolveAppPath', () => {
  it('maps app:// paths to files inside the root', () => {
    expect(resolveAppPath(root, 'app://marginalia/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://marginalia/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://marginalia/assets/a%20b.css?v=1#x')).toBe(
      join(root, 'assets', 'a b.css'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://marginalia/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://marginalia')).toBe(join(root, 'index.html'));
  });

  it('rejects traversal in every spelling', () => {
    for (const url of [
      'app://marginalia/../etc/passwd',
      'app://marginalia/assets/../../etc/passwd',
      'app://marginalia/assets/..',
      'app://marginalia/./index.html',
      'app://marginalia/%2e%2e/etc/passwd',
      'app://marginalia/%2E%2E/etc/passwd',
      'app://marginalia/.%2e/etc/passwd',
      'app://marginalia/assets%2f..%2f..%2fetc/passwd',
      'app://marginalia/assets%2F..%2F..%2Fetc%2Fpasswd',
      'app://marginalia/..%5c..%5cwindows',
      'app://marginalia/..\\..\\windows',
      'app://marginalia/assets\\index.js',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('decodes only once, so a doubly encoded dot is a literal name inside the root', () => {
    expect(resolveAppPath(root, 'app://marginalia/%252e%252e/x')).toBe(join(root, '%2e%2e', 'x'));
  });

  it('rejects absolute paths, drive letters, NUL and empty segments', () => {
    for (const url of [
      'app://marginalia//etc/passwd',
      'app://marginalia/C:/Windows/win.ini',
      'app://marginalia/c:%5cwindows',
      'app://marginalia/index.html%00.png',
      'app://marginalia/assets//x.js',
      'app://marginalia/index.html\0',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('rejects other hosts, schemes, ports and credentials', () => {
    for (const url of [
      'app://evil/index.html',
      'app://marginalia.evil/index.html',
      'app://user@marginalia/index.html',
      'app://marginalia:8080/index.html',
      'file:///srv/out/renderer/index.html',
      'https://marginalia/index.html',
      'not a url',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('rejects malformed percent-encoding', () => {
    expect(resolveAppPath(root, 'app://marginalia/%E0%A4%A.js')).toBeNull();
  });
});
