import { describe, expect, it } from 'vitest';
import { readPicked } from './read-picked-file';

describe('readPicked', () => {
  it('passes the content through, and names the file when reading it fails', async () => {
    const file = { name: 'codes.csv' };
    expect(await readPicked(file, async () => 'path\nA\n')).toBe('path\nA\n');
    await expect(
      readPicked(file, () => Promise.reject(new Error('The requested file could not be read'))),
    ).rejects.toThrow('codes.csv: could not be read (The requested file could not be read)');
  });
});
