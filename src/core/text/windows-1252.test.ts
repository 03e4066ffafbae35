import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './windows-1252';

describe('decodeWindows1252', () => {
  it('maps every byte to one character, Latin-1 outside 0x80-0x9F', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    for (let i = 0; i < 256; i++) {
      if (i < 0x80 || i > 0x9f) expect(text.charCodeAt(i)).toBe(i);
    }
  });

  it('maps the 0x80-0x9F range to the WHATWG table', () => {
    const text = decodeWindows1252(
      new Uint8Array([0x80, 0x81, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f]),
    );
    expect(text).toBe('€\u0081…‘’“”–—Ÿ');
  });

  it('decodes inputs longer than one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0x93);
    expect(decodeWindows1252(bytes)).toBe('“'.repeat(20_000));
  });
});
