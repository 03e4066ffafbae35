import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/marginalia.mjs', import.meta.url).pathname;

describe('bin/marginalia.mjs', () => {
  it('says to run npm run build when the CLI is not built, with exit code 1', () => {
    // A copy of the bin in a folder without out/cli, so the real checkout's build is untouched.
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin', 'marginalia.mjs'));
      const result = spawnSync(process.execPath, [join(dir, 'bin', 'marginalia.mjs'), '--help'], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Run `npm run build` first');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
