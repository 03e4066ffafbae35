import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Test helper: a fresh folder under the OS temp dir for each call, removed after the test.
 * (Used only by `*.test.ts`.)
 */
export function tempDirsPerTest(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marginalia-test-'));
    made.push(dir);
    return dir;
  };
}

/** True when the tests run as root, where permission bits do not stop reads. */
export const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
