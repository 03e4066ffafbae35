import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../text/hash';
import { verifyContentHashes } from './verify-hashes';

describe('verifyContentHashes', () => {
  it('hashes UTF-8 like sha256sum', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // `printf 'é' | sha256sum`: the UTF-8 bytes c3 a9, not the UTF-16 unit.
    expect(await sha256Hex('é')).toBe(
      '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    );
  });

  it('reports texts that do not match their hash, skipping documents without text', async () => {
    const good = await sha256Hex('hello');
    const problems = await verifyContentHashes([
      { id: 'd1', text: 'hello', contentHash: good },
      { id: 'd2', text: 'hello!', contentHash: good },
      { id: 'd3', contentHash: good },
    ]);
    expect(problems).toEqual([
      {
        path: 'documents[1].contentHash',
        recordId: 'd2',
        message: expect.stringMatching(/SHA-256/),
      },
    ]);
  });
});
