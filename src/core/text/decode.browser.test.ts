import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { decodeWindows1252 } from './windows-1252';

/**
 * In real Chromium: our Windows-1252 table must agree with the browser's own decoder (Node's is
 * wrong for 0x80-0x9F, see windows-1252.ts), and UTF-16 BE must decode, so a document gets the
 * same canonical text and hash in the Electron main process and in the browser's worker.
 */
describe('decoding in the browser', () => {
  it('our Windows-1252 table matches Chromium for all 256 bytes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1252(all)).toBe(new TextDecoder('windows-1252').decode(all));
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0xd8, 0x3d, 0xde, 0x00]);
    expect(decodeText(bytes)).toEqual({
      text: 'H😀',
      encoding: 'utf-16be',
      fallback: false,
      bomRemoved: true,
    });
  });
});
