import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const sample = 'Café “quoted” – 😀 end';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM', () => {
    const result = decodeText(new TextEncoder().encode(sample));
    expect(result).toEqual({ text: sample, encoding: 'utf-8', fallback: false, bomRemoved: false });
  });

  it('decodes UTF-8 and removes its BOM', () => {
    const body = new TextEncoder().encode(sample);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeText(bytes)).toEqual({
      text: sample,
      encoding: 'utf-8',
      fallback: false,
      bomRemoved: true,
    });
  });

  it('removes a doubled BOM too (a tool added one to a file that had one)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
    expect(decodeText(bytes)).toEqual({
      text: 'A',
      encoding: 'utf-8',
      fallback: false,
      bomRemoved: true,
    });
    const utf16le = new Uint8Array([0xff, 0xfe, 0xff, 0xfe, 0x41, 0x00]);
    expect(decodeText(utf16le).text).toBe('A');
  });

  it('keeps U+FEFF after the first character as content', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf]);
    expect(decodeText(bytes).text).toBe('A\uFEFF');
  });

  it('decodes UTF-16 LE with a BOM', () => {
    const result = decodeText(utf16(sample, true));
    expect(result).toEqual({
      text: sample,
      encoding: 'utf-16le',
      fallback: false,
      bomRemoved: true,
    });
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const result = decodeText(utf16(sample, false));
    expect(result).toEqual({
      text: sample,
      encoding: 'utf-16be',
      fallback: false,
      bomRemoved: true,
    });
  });

  it('falls back to Windows-1252 for invalid UTF-8, mapping 0x80-0x9F as browsers do', () => {
    // "Café “ok” €" in Windows-1252: é = E9, “ = 93, ” = 94, € = 80. E9 followed by a space is not UTF-8.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80,
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Café “ok” €',
      encoding: 'windows-1252',
      fallback: true,
      bomRemoved: false,
    });
  });

  it('falls back for a truncated UTF-8 sequence at the end', () => {
    const bytes = new Uint8Array([0x61, 0xe2, 0x80]);
    const result = decodeText(bytes);
    expect(result.fallback).toBe(true);
    expect(result.text).toBe('aâ€');
  });

  it('decodes empty input as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      fallback: false,
      bomRemoved: false,
    });
  });
});
