import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTooLargeError, readTextFile } from './read-text-file';
import { writeFileAtomic } from './write-file-atomic';
import { tempDirsPerTest } from './test-temp-dir';

const tempDir = tempDirsPerTest();

describe('readTextFile', () => {
  it('reads UTF-8 text, drops a BOM and returns the file name', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'codebook.qdc'), '\uFEFF<CodeBook>é</CodeBook>');
    expect(await readTextFile(join(dir, 'codebook.qdc'))).toEqual({
      name: 'codebook.qdc',
      content: '<CodeBook>é</CodeBook>',
    });
  });

  it('refuses a file over the cap without returning its content', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'big.json'), 'x'.repeat(11));
    await expect(readTextFile(join(dir, 'big.json'), 10)).rejects.toBeInstanceOf(FileTooLargeError);
    expect((await readTextFile(join(dir, 'big.json'), 11)).content).toHaveLength(11);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content of an existing file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'export.json');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, 'new');
    expect((await readTextFile(path)).content).toBe('new');
  });

  it('fails into a missing folder without leaving anything behind', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).rejects.toThrow();
  });
});
