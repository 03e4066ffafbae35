import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeIo } from './node-io';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-io-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('nodeIo', () => {
  it('replaces a file atomically and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    await nodeIo().writeFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    await nodeIo().writeFile(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('names the file and the reason when it cannot read or write', async () => {
    const dir = tempDir();
    await expect(nodeIo().readFile(join(dir, 'missing.json'))).rejects.toThrow(
      `${join(dir, 'missing.json')}: cannot read (no such file or folder)`,
    );
    await expect(nodeIo().writeFile(join(dir, 'no', 'such', 'x.json'), 'x')).rejects.toThrow(
      `${join(dir, 'no', 'such', 'x.json')}: cannot write (no such file or folder)`,
    );
    await expect(nodeIo().readFile(dir)).rejects.toThrow(`${dir}: cannot read (it is a folder)`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
