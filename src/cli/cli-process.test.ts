import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (args: string[]) =>
  spawnSync(tsx, [join(root, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: root });

describe('the marginalia process', () => {
  it('runs as a real process through tsx: converts a sample file, exit codes on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
    try {
      const out = join(dir, 'example.json');
      const ok = cli(['convert', join(root, '../shared/refi-qda/example-project.qdpx'), out]);
      expect(ok.stderr).toContain('1 set');
      expect(ok.status).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
        format: 'marginalia-exchange',
      });
      const stats = cli(['stats', out, '--json']);
      expect(stats.status).toBe(0);
      expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 1, codes: 4, annotations: 2 });
      expect(cli(['stats', join(dir, 'missing.json')]).status).toBe(1);
      expect(cli(['nonsense']).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
