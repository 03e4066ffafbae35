import { describe, expect, it } from 'vitest';
import { isWhitespaceCode } from './whitespace';

describe('isWhitespaceCode', () => {
  it('agrees with /\\s/ on every BMP code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
